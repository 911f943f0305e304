package vn.danhgia.analytics.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.MessageFormat;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.core.warehouse.Warehouses;

/**
 * {@code danhgia bench analyze}'s machinery on the small {@code test} scale over four years (the fewest the generator makes): generated,
 * loaded into DuckDB, copied into a lake, analyzed on both engines. Speed is never asserted: only the
 * report's structure and that both engines found the same.
 */
@Tag("slow") // a whole Spark analysis and a lake built table by table: run with -Dit.excludedGroups=
class AnalyzeBenchmarkIT {
    private static final Messages MESSAGES = Messages.of("vn.danhgia.analytics.bench.messages");

    @TempDir
    static Path work;

    @Test
    void bothEnginesAnalyzeTheSameRowsAndTheReportShowsBoth() throws Exception {
        StringWriter text = new StringWriter();
        AnalyzeBenchmark.Result result =
                new AnalyzeBenchmark(work).run("test", "2022-2025", 7, new PrintWriter(text, true));
        String report = text.toString();

        // the same work on both sides: the lake holds the DuckDB file's core rows
        assertThat(result.memberRatings()).isPositive();
        assertThat(result.duckdb().findings()).isPositive();
        assertThat(result.spark().findings())
                .as(AnalyzeBenchmark.differences(
                        result.duckdb().result(), result.spark().result()))
                .isEqualTo(result.duckdb().findings());
        assertThat(result.sameFindings()).isTrue();
        assertThat(result.duckdb().result().failedTests()).isEmpty();
        assertThat(result.spark().result().failedTests()).isEmpty();
        assertThat(result.spark().result().detectors())
                .isEqualTo(result.duckdb().result().detectors());
        assertThat(result.duckdb().seconds()).isPositive();
        assertThat(result.spark().seconds()).isPositive();
        assertThat(result.sparkStartSeconds()).isNotNegative();
        assertThat(result.duckdb().peakHeapBytes()).isPositive();
        assertThat(result.spark().peakHeapBytes()).isPositive();

        // the report: a header, one row per engine with its findings, the start, the ratio, the note
        List<String> lines = report.lines().toList();
        String header = lines.stream()
                .filter(line -> line.startsWith(MESSAGES.format("bench.analyze.engine")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no header in:\n" + report));
        assertThat(header)
                .contains(
                        MESSAGES.format("bench.analyze.seconds"),
                        MESSAGES.format("bench.analyze.findings"),
                        MESSAGES.format("bench.analyze.rowsPerSecond"),
                        MESSAGES.format("bench.analyze.ratio"),
                        MESSAGES.format("bench.analyze.heap"));
        String findings =
                String.format(java.util.Locale.ROOT, "%,d", result.duckdb().findings());
        assertThat(lines)
                .anySatisfy(line -> assertThat(line).startsWith("DuckDB").contains(findings));
        assertThat(lines)
                .anySatisfy(line -> assertThat(line).startsWith("Spark").contains(findings));
        assertThat(report)
                .contains(MESSAGES.format("bench.analyze.sameFindings"))
                .contains(MESSAGES.format("bench.analyze.note"))
                .contains(new MessageFormat("{0}", Messages.locale()).format(new Object[] {result.memberRatings()}))
                .contains(String.format(java.util.Locale.ROOT, "%.2f", result.ratio()));

        // what is kept for the next run: the CSV data, the loaded DuckDB file and the finished lake
        assertThat(work.resolve("test-csv-7-2022-2025/manifest.json")).isRegularFile();
        Path loaded = work.resolve("test-analyze-7-2022-2025.duckdb");
        assertThat(loaded).isRegularFile();
        assertThat(work.resolve("test-lake-7-2022-2025/lake-complete")).isRegularFile();
        assertThat(work.resolve("test-analyze-run.duckdb")).doesNotExist();
        // the analysis ran on a copy: the kept DuckDB file has no marts written
        try (Connection connection = Warehouses.open(loaded, Warehouses.Mode.READ_ONLY);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from core.member_rating")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(result.memberRatings());
        }
        assertThat(Files.list(work).map(path -> path.getFileName().toString()))
                .noneMatch(name -> name.contains("parquet"));
    }
}
