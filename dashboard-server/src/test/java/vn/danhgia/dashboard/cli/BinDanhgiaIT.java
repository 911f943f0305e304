package vn.danhgia.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danhgia.core.cli.HelpMain;

/**
 * bin/danhgia as a user runs it, against the jars this build packaged: the dashboard module is the last
 * of the reactor, so by its integration tests every module's jar and classpath exist.
 */
class BinDanhgiaIT {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path BIN = ROOT.resolve("bin").resolve("danhgia");

    @Test
    void listsEverySubcommandInVietnamese() throws Exception {
        Result result = run(Map.of(), "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(HelpMain.SUBCOMMANDS)
                .containsExactly(
                        "demo",
                        "generate",
                        "load",
                        "inspect",
                        "analyze",
                        "publish",
                        "serve",
                        "report",
                        "sql",
                        "notebook",
                        "user",
                        "bench");
        for (String subcommand : HelpMain.SUBCOMMANDS) {
            assertThat(result.stdout()).containsPattern("(?m)^  " + subcommand + " +\\S");
        }
        assertThat(result.stdout()).contains("Nạp các tệp Excel, CSV của đơn vị vào kho dữ liệu.");
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        Result result = run(Map.of("DANHGIA_LANG", "en"), "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("Load units' Excel and CSV files into the warehouse.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"generate", "load", "analyze", "publish", "serve", "report", "sql", "notebook", "user", "bench"})
    void everySubcommandHasHelpAndTheWarehouseOption(String subcommand) throws Exception {
        Result result = run(Map.of(), subcommand, "--help");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("danhgia " + subcommand).contains("--warehouse=FILE");
        assertThat(result.stdout()).contains("data/warehouse.duckdb");
    }

    @Test
    void analyzeWithoutAWarehouseSaysToLoadFirst() throws Exception {
        Result result = run(Map.of(), "analyze", "--warehouse", "target/no-such-warehouse.duckdb");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr())
                .contains("Chưa có kho dữ liệu")
                .contains("bin/danhgia load THƯ_MỤC --warehouse target/no-such-warehouse.duckdb");
    }

    @Test
    void theSparkPathsNameTheLakeOptionWhenItIsMissing() throws Exception {
        Result analyze = run(Map.of(), "analyze", "--engine", "spark");
        Result load = run(Map.of(), "load", "target", "--store", "delta");
        Result engine = run(Map.of("DANHGIA_LANG", "en"), "analyze", "--engine", "presto");
        Result noLake = run(Map.of(), "analyze", "--engine", "spark", "--lake", "target/no-such-lake");

        assertThat(analyze.exitCode()).isEqualTo(2);
        assertThat(analyze.stderr()).contains("--engine spark cần thư mục kho Delta Lake: thêm --lake THƯ_MỤC");
        assertThat(load.exitCode()).isEqualTo(2);
        assertThat(load.stderr()).contains("--store delta cần thư mục kho Delta Lake: thêm --lake THƯ_MỤC");
        assertThat(engine.exitCode()).isEqualTo(2);
        assertThat(engine.stderr()).contains("There is no engine \"presto\"");
        assertThat(noLake.exitCode()).isEqualTo(2);
        assertThat(noLake.stderr())
                .contains("Chưa có kho Delta Lake tại target/no-such-lake")
                .contains("--store delta --lake target/no-such-lake");
    }

    @Test
    void sqlWithoutTheAnalystsFileSaysHowToMakeIt() throws Exception {
        Result result = run(Map.of(), "sql", "--warehouse", "target/no-such-warehouse.duckdb", "select 1");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr().strip())
                .doesNotContain("\n")
                .contains("Chưa có kho phân tích")
                .contains("no-such-warehouse.analyst.duckdb")
                .contains("bin/danhgia analyze --warehouse");
    }

    @Test
    void notebookIsAvailableAndAMissingNotebookIsAUsageError() throws Exception {
        Result help = run(Map.of(), "notebook", "run", "--help");
        Result missing =
                run(Map.of(), "notebook", "run", "target/no-such-notebook.ipynb", "--out", "target/no-such-page.html");

        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).contains("--out=FILE.html").contains("trang HTML");
        assertThat(missing.stderr()).doesNotContain("chưa có trong phiên bản này");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.stderr()).contains("Không có tệp sổ phân tích target/no-such-notebook.ipynb");
    }

    @Test
    void reportIsAvailableAndNamesAMissingWarehouse() throws Exception {
        Path out = ROOT.resolve("dashboard-server/target/bin-report-never.pdf");
        Result result = run(
                Map.of(),
                "report",
                "--warehouse",
                "target/no-such-warehouse.duckdb",
                "--year",
                "2025",
                "--format",
                "pdf",
                "--out",
                out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr())
                .contains("Chưa có kho dữ liệu target/no-such-warehouse.duckdb")
                .doesNotContain("chưa có trong phiên bản này")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void reportWithoutItsRequiredOptionsIsAUsageError() throws Exception {
        Result result = run(Map.of(), "report", "--year", "2025");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("--format").contains("--out");
    }

    @Test
    void userIsAvailable() throws Exception {
        Path folder = Files.createTempDirectory(ROOT.resolve("dashboard-server/target"), "bin-user");
        Result result = run(
                Map.of(),
                "user",
                "--warehouse",
                folder.resolve("warehouse.duckdb").toString(),
                "list");

        assertThat(result.stderr()).doesNotContain("chưa có trong phiên bản này");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).startsWith("Chưa có tài khoản nào.");
    }

    @Test
    void serveWithoutAWarehouseNamesTheFileAndExitsNonZero() throws Exception {
        Result result = run(Map.of(), "serve", "--warehouse", "target/no-such-warehouse.duckdb", "--port", "0");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr())
                .contains("Chưa có kho dữ liệu target/no-such-warehouse.duckdb")
                .contains("bin/danhgia load THƯ_MỤC --warehouse target/no-such-warehouse.duckdb")
                .doesNotContain("chưa có trong phiên bản này")
                .doesNotContain("Exception");
        assertThat(result.stdout()).doesNotContain("Bảng điều khiển đang chạy");
    }

    @Test
    void demoHasHelp() throws Exception {
        Result result = run(Map.of(), "demo", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stderr()).contains("bin/danhgia demo").contains("--warehouse FILE");
    }

    @Test
    void unknownCommandIsAUsageError() throws Exception {
        Result result = run(Map.of(), "frobnicate");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("Lệnh không có: 'frobnicate'");
    }

    @Test
    void badOptionIsAUsageError() throws Exception {
        Result result = run(Map.of(), "serve", "--no-such-option");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("--no-such-option");
    }

    @Test
    void dashboardClasspathHasNoSpark() throws IOException {
        String classpath = Files.readString(ROOT.resolve("dashboard-server/target/classpath.txt"));

        assertThat(classpath).isNotBlank().doesNotContain("spark").doesNotContain("delta-spark");
        assertThat(Files.readString(ROOT.resolve("analytics/target/classpath.txt")))
                .contains("spark-sql_2.13");
    }

    private static Result run(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(BIN.toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().remove("DANHGIA_LANG");
        builder.environment().putAll(environment);
        Path out = Files.createTempFile("danhgia-out", ".txt");
        Path err = Files.createTempFile("danhgia-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS))
                    .as("bin/danhgia finished")
                    .isTrue();
            return new Result(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private record Result(int exitCode, String stdout, String stderr) {}
}
