package vn.danhgia.analytics.marts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import vn.danhgia.core.sql.SqlScript;
import vn.danhgia.core.sql.SqlStatement;

/** Runs the mart models and their data tests on a JDBC connection, as the analyze pipeline does. */
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

    /** Runs every mart step and returns how long each took, in milliseconds. */
    static Map<String, Long> run(Connection connection) throws SQLException {
        Map<String, Long> timings = new LinkedHashMap<>();
        for (String step : STEPS) {
            long started = System.nanoTime();
            for (SqlStatement statement : script(step).statements()) {
                execute(connection, statement.text());
            }
            timings.put(step, (System.nanoTime() - started) / 1_000_000);
        }
        return timings;
    }

    /** The shared (engine-neutral) text of a step: the marts have no engine-specific twins. */
    static SqlScript script(String step) {
        String resource = "sql/" + step + ".sql";
        try (InputStream in = MartSteps.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return SqlScript.parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
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
