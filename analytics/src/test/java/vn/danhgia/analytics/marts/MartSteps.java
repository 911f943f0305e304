package vn.danhgia.analytics.marts;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.danhgia.core.sql.DataTest;
import vn.danhgia.core.sql.DataTestResult;
import vn.danhgia.core.sql.DataTests;
import vn.danhgia.core.sql.SqlPipeline;

/** Runs the mart steps of the analyze pipeline and their data tests on a JDBC connection (DuckDB). */
final class MartSteps {
    /** The mart steps in pipeline order: each roll-up after the mart it rolls up. */
    static final List<String> STEPS = List.of(
            "marts/level_distribution",
            "marts/level_distribution_by_type",
            "marts/yoy_delta",
            "marts/task_vs_rating",
            "marts/submission_timeliness",
            "marts/submission_timeliness_by_year",
            "marts/award_candidates");

    private MartSteps() {}

    /** Runs every mart step as the analyze pipeline does and returns how long each took, in milliseconds. */
    static Map<String, Long> run(Connection connection) {
        Map<String, Long> timings = new LinkedHashMap<>();
        for (String step : STEPS) {
            long started = System.nanoTime();
            SqlPipeline.runStep(connection, SqlPipeline.Engine.DUCKDB, step, Map.of());
            timings.put(step, (System.nanoTime() - started) / 1_000_000);
        }
        return timings;
    }

    /** The packaged data tests of the marts. */
    static List<DataTest> dataTests() {
        return DataTests.fromClasspath().stream()
                .filter(test -> test.name().startsWith("marts/"))
                .toList();
    }

    /** The names of the mart data tests that fail on {@code connection}. */
    static List<String> failingDataTests(Connection connection) {
        return DataTests.run(connection, dataTests()).stream()
                .filter(result -> !result.passed())
                .map(result -> result.name() + " " + result.sampleRows())
                .toList();
    }

    static List<String> failingDataTestNames(Connection connection) {
        return DataTests.run(connection, dataTests()).stream()
                .filter(result -> !result.passed())
                .map(DataTestResult::name)
                .toList();
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Each row of {@code sql} as its columns' text joined by " | " (null as "null"). */
    static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    if (column > 1) {
                        row.append(" | ");
                    }
                    row.append(result.getString(column));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
