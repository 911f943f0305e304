package vn.danhgia.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danhgia.core.cli.Cli;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.core.sandbox.QueryResult;
import vn.danhgia.core.sandbox.Sandbox;
import vn.danhgia.core.sandbox.SandboxLimits;
import vn.danhgia.core.warehouse.AnalystSnapshot;
import vn.danhgia.dashboard.DashboardFixture;
import vn.danhgia.dashboard.SandboxEscapes;
import vn.danhgia.dashboard.SandboxEscapes.Escape;

/**
 * Tries every escape and abuse of {@code sandbox/escapes.txt} against the analysts' SQL sandbox, through the
 * engine ({@link Sandbox}) and through the {@code sql} command, and checks that each is refused with a clear
 * one-line message and that nothing changed on disk or in either warehouse file. Then the query that would
 * run for hours (cancelled at the timeout, the CPU idle again) and the result of billions of rows (capped).
 */
class SandboxEscapesIT {
    @TempDir
    static Path folder;

    static Path warehouse;

    @BeforeAll
    static void copyWarehouse() throws Exception {
        warehouse = DashboardFixture.copyTo(folder.resolve("data"));
        Files.writeString(warehouse.resolveSibling("secret.csv"), "full_name,card_number\nNguyễn Văn A,123\n");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("copy (select 'Nguyễn Văn A' as full_name) to '"
                    + warehouse.resolveSibling("secret.parquet") + "' (format parquet)");
        }
    }

    static Stream<Escape> escapes() throws IOException {
        List<Escape> escapes = SandboxEscapes.against(warehouse);
        assertThat(escapes).as("escapes tried").hasSizeGreaterThanOrEqualTo(30);
        return escapes.stream();
    }

    @ParameterizedTest(name = "engine: {0}")
    @MethodSource("escapes")
    void theEngineRefusesEachEscapeAndNothingChanges(Escape escape) throws Exception {
        Map<String, String> before = state();
        Sandbox sandbox = Sandbox.forWarehouse(warehouse, SandboxLimits.defaults(), Messages.VIETNAMESE);

        DanhgiaException refusal = catchThrowableOfType(DanhgiaException.class, () -> sandbox.query(escape.sql()));

        assertThat(refusal).as(escape.sql()).isNotNull();
        assertThat(refusal.code())
                .as(escape.sql() + ": " + refusal.getMessage())
                .isEqualTo(escape.expected());
        assertThat(refusal.getMessage()).doesNotContain("\n").hasSizeGreaterThan(20);
        assertThat(state()).as("files and tables after: " + escape.sql()).isEqualTo(before);
    }

    @ParameterizedTest(name = "sql command: {0}")
    @MethodSource("escapes")
    void theSqlCommandRefusesEachEscapeOnOneLine(Escape escape) throws Exception {
        Map<String, String> before = state();

        CommandRun run = sqlCommand(escape.sql());

        assertThat(run.exitCode()).as(escape.sql()).isEqualTo(escape.expected() == ErrorCode.QUERY_REFUSED ? 2 : 1);
        assertThat(run.out()).as("nothing printed for " + escape.sql()).isEmpty();
        assertThat(run.err().strip()).doesNotContain("\n").startsWith("Lỗi: ");
        assertThat(state()).as("files and tables after: " + escape.sql()).isEqualTo(before);
    }

    @Test
    void theRefusalsSpeakEnglishWhenAsked() {
        Sandbox sandbox = Sandbox.forWarehouse(warehouse, SandboxLimits.defaults(), Locale.ENGLISH);

        assertThatThrownBy(() -> sandbox.query("set threads = 8"))
                .hasMessageStartingWith("Only queries that read data may run");
        assertThatThrownBy(() -> sandbox.query("select * from restricted.person_identity"))
                .hasMessageContaining("There is no schema \"restricted\" in the analysts' warehouse");
    }

    @Test
    void aQueryThatWouldRunForHoursIsCancelledAndTheCpuIsIdleAgain() throws Exception {
        Sandbox sandbox = Sandbox.forWarehouse(
                warehouse, SandboxLimits.defaults().withTimeout(Duration.ofSeconds(2)), Locale.ENGLISH);
        long started = System.nanoTime();

        DanhgiaException timeout = catchThrowableOfType(
                DanhgiaException.class,
                () -> sandbox.query(
                        "select count(*) from range(1000000000000) a, range(1000) b where a.range % 7 = b.range"));

        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(timeout.code()).isEqualTo(ErrorCode.QUERY_TIMEOUT);
        assertThat(timeout.getMessage()).contains("2 seconds");
        assertThat(elapsedMillis).as("stopped soon after its 2 s timeout").isLessThan(15_000);
        com.sun.management.OperatingSystemMXBean system =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Thread.sleep(500);
        long cpuBefore = system.getProcessCpuTime();
        Thread.sleep(2_000);
        long cpuAfter = system.getProcessCpuTime();
        assertThat(TimeUnit.NANOSECONDS.toMillis(cpuAfter - cpuBefore))
                .as("CPU used by this JVM in the 2 s after the cancel (a running query would take ~2,000 ms)")
                .isLessThan(600);
    }

    @Test
    void aResultOfBillionsOfRowsIsCapped() {
        Sandbox sandbox =
                Sandbox.forWarehouse(warehouse, SandboxLimits.defaults().withMaxRows(1_000), Locale.ENGLISH);

        QueryResult result = sandbox.query("select a.range as a, b.range as b from range(100000000) a, range(100) b");

        assertThat(result.rowCount()).isEqualTo(1_000);
        assertThat(result.truncated()).isTrue();
        assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void theAnalystsFileHoldsNoPersonalLayerAndTheServingFileDoes() throws Exception {
        try (Connection serving = DriverManager.getConnection("jdbc:duckdb:" + warehouse, readOnly());
                Connection analyst =
                        DriverManager.getConnection("jdbc:duckdb:" + AnalystSnapshot.fileOf(warehouse), readOnly())) {
            assertThat(count(serving, "select count(*) from restricted.person_identity"))
                    .isPositive();
            assertThat(
                            count(
                                    analyst,
                                    "select count(*) from duckdb_tables() where schema_name in ('raw', 'restricted', 'staging')"))
                    .isZero();
            assertThat(count(analyst, "select count(*) from core.member_rating"))
                    .isEqualTo(count(serving, "select count(*) from core.member_rating"));
            assertThat(count(analyst, "select count(*) from mart.findings"))
                    .isEqualTo(count(serving, "select count(*) from mart.findings"));
            // the rejects keep their rows, without a personal value
            assertThat(count(analyst, "select count(*) from meta.rejects"))
                    .isEqualTo(count(serving, "select count(*) from meta.rejects"));
            assertThat(count(
                            analyst,
                            "select count(*) from meta.rejects where column_name in"
                                    + " ('full_name', 'birth', 'card_number') and value is not null"))
                    .isZero();
            assertThat(count(
                            serving,
                            "select count(*) from meta.rejects where column_name in"
                                    + " ('birth', 'card_number') and value is not null"))
                    .as("the generated district has rejects of personal fields to blank")
                    .isPositive();
            // described for DBeaver, the DuckDB CLI and the console
            assertThat(count(
                            analyst,
                            "select count(*) from duckdb_tables() where schema_name = 'core' and comment is null"))
                    .isZero();
            assertThat(count(
                            analyst,
                            "select count(*) from duckdb_columns() where schema_name = 'core'"
                                    + " and table_name = 'member_rating' and comment is null"))
                    .isZero();
        }
    }

    @Test
    void binDanhgiaSqlPrintsCsvWithABomAndNeutralizesFormulas() throws Exception {
        Process process = new ProcessBuilder(
                        Path.of("")
                                .toAbsolutePath()
                                .getParent()
                                .resolve("bin/danhgia")
                                .toString(),
                        "sql",
                        "--warehouse",
                        warehouse.toString(),
                        "--format",
                        "csv",
                        "select '=1+1' as formula, 'Hoàn thành xuất sắc' as level, 3 as n")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).isZero();
        assertThat(out).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(out, 3, out.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("formula,level,n\r\n'=1+1,Hoàn thành xuất sắc,3\r\n");
    }

    @Test
    void binDanhgiaSqlRefusesInOneLineInEnglishWhenAsked() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of("")
                                .toAbsolutePath()
                                .getParent()
                                .resolve("bin/danhgia")
                                .toString(),
                        "sql",
                        "--warehouse",
                        warehouse.toString(),
                        "attach '" + warehouse + "' as serving")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DANHGIA_LANG", "en");
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(err.strip()).doesNotContain("\n").startsWith("Error: Only queries that read data may run");
    }

    /** The sql command run in this JVM, as bin/danhgia runs it. */
    record CommandRun(int exitCode, String out, String err) {}

    private static synchronized CommandRun sqlCommand(String sql) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
            int code = Cli.run(new DashboardMain(), "sql", "--warehouse", warehouse.toString(), sql);
            return new CommandRun(
                    code, capturedOut.toString(StandardCharsets.UTF_8), capturedErr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** Every file under the test folder with its hash, and the row counts of both warehouses. */
    private static Map<String, String> state() throws IOException, SQLException {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                state.put(folder.relativize(file).toString(), sha256(file));
            }
        }
        for (String path : List.of(System.getProperty("user.home") + "/.duckdb/extensions")) {
            state.put(
                    path,
                    Boolean.toString(
                            Files.exists(Path.of(path).resolve("v2.0.0/linux_amd64/httpfs.duckdb_extension"))));
        }
        try (Connection serving = DriverManager.getConnection("jdbc:duckdb:" + warehouse, readOnly())) {
            state.put("serving member rows", Long.toString(count(serving, "select count(*) from core.member_rating")));
            state.put("serving tables", Long.toString(count(serving, "select count(*) from duckdb_tables()")));
        }
        return state;
    }

    private static java.util.Properties readOnly() {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("duckdb.read_only", "true");
        return properties;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
