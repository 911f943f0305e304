package vn.danhgia.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.rules.RuleBook;
import vn.danhgia.core.testing.Samples;
import vn.danhgia.etl.load.FileOutcome;
import vn.danhgia.etl.load.LoadProgress;
import vn.danhgia.etl.load.LoadReport;
import vn.danhgia.etl.load.Loader;
import vn.danhgia.etl.load.PseudonymKey;
import vn.danhgia.etl.read.ReadHints;

/**
 * The per-file report of a real load (the samples and an empty file) as {@code load} prints it: the
 * JSON says what meta.load_log says, file by file, and the table has one aligned line per file.
 */
class LoadReportPrinterIT {
    @TempDir
    static Path temp;

    static LoadReport report;
    static Path warehouse;

    @BeforeAll
    static void loadTheSamplesAndAnEmptyFile() throws Exception {
        Path empty = Files.createFile(temp.resolve("trống.csv"));
        warehouse = temp.resolve("w.duckdb");
        report = new Loader(Clock.systemUTC(), RuleBook.defaults())
                .load(
                        new Loader.Request(List.of(Samples.directory(), empty), warehouse, ReadHints.none(), false),
                        PseudonymKey.of(new byte[32]),
                        LoadProgress.NONE);
    }

    @Test
    void theJsonHoldsEveryFileWithTheFiguresOfTheLoadLog() throws Exception {
        StringWriter text = new StringWriter();
        LoadReportPrinter.json(report, new PrintWriter(text));
        JsonNode json = new ObjectMapper().readTree(text.toString());

        assertThat(json.path("load_id").asText()).isEqualTo(report.loadId());
        assertThat(json.path("files_failed").asLong()).isEqualTo(1);
        assertThat(json.path("files")).hasSize(report.files().size());
        Map<String, JsonNode> byFile = new HashMap<>();
        json.path("files").forEach(file -> byFile.put(file.path("file").asText(), file));

        long read = 0;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + warehouse);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select file, kind, year, rows_read, rows_loaded, rows_rejected, status from meta.load_log")) {
            int logged = 0;
            while (rows.next()) {
                JsonNode file = byFile.get(rows.getString(1));
                assertThat(file).as(rows.getString(1)).isNotNull();
                assertThat(file.path("kind").isNull() ? null : file.path("kind").asText())
                        .isEqualTo(rows.getString(2));
                assertThat(file.path("year").isNull() ? null : file.path("year").asInt())
                        .isEqualTo(rows.getObject(3));
                assertThat(file.path("rows_read").asLong()).isEqualTo(rows.getLong(4));
                assertThat(file.path("rows_loaded").asLong()).isEqualTo(rows.getLong(5));
                assertThat(file.path("rows_rejected").asLong()).isEqualTo(rows.getLong(6));
                assertThat(file.path("status").asText()).isEqualTo(rows.getString(7));
                read += rows.getLong(4);
                logged++;
            }
            assertThat(logged).isEqualTo(report.files().size());
        }
        assertThat(json.path("rows_read").asLong()).isEqualTo(read).isPositive();
        JsonNode failed = byFile.get("trống.csv");
        assertThat(failed.path("status").asText()).isEqualTo("failed");
        assertThat(failed.path("message").asText()).contains("trống.csv");
        assertThat(failed.path("year").isNull()).isTrue();
    }

    @Test
    void theTableHasOneAlignedLinePerFile() {
        StringWriter text = new StringWriter();
        LoadReportPrinter.table(report, new PrintWriter(text));
        List<String> lines = text.toString().lines().toList();

        List<String> table = lines.subList(0, report.files().size() + 1);
        // the "read" column is right-aligned: its figures end where its header ends
        String header = table.get(0);
        int readEnds = header.indexOf(columnHeader("load.column.read"))
                + columnHeader("load.column.read").length();
        for (int i = 1; i < table.size(); i++) {
            FileOutcome file = report.files().get(i - 1);
            String line = table.get(i);
            assertThat(line).startsWith(file.file());
            String read = String.valueOf(file.rowsRead());
            assertThat(line.substring(readEnds - read.length(), readEnds))
                    .as(line)
                    .isEqualTo(read);
        }
        assertThat(lines.subList(table.size(), lines.size()))
                .anySatisfy(line -> assertThat(line).contains("trống.csv"));
    }

    private static String columnHeader(String key) {
        return vn.danhgia.core.i18n.Messages.of("vn.danhgia.etl.cli.messages").format(key);
    }
}
