package vn.danhgia.analytics.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.danhgia.analytics.analyze.Analyzer;
import vn.danhgia.analytics.analyze.JavaSteps;
import vn.danhgia.analytics.analyze.Thresholds;
import vn.danhgia.core.sql.SqlPipeline;
import vn.danhgia.core.sql.WarehouseSchema;

/**
 * An in-memory DuckDB warehouse for a detector's or a mart's unit test: the schema, the SQL functions
 * and the built-in thresholds are in place; the test inserts a handful of hand-made core rows, runs the
 * steps under test and reads what they wrote.
 */
public final class TinyWarehouse implements AutoCloseable {
    private final Connection connection;

    public TinyWarehouse() {
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:");
            WarehouseSchema.fromClasspath().apply(connection);
            Thresholds.builtIn().write(new vn.danhgia.core.sql.JdbcSqlEngine(connection));
            run("functions/text", "functions/json");
        } catch (SQLException | vn.danhgia.core.sql.SqlEngine.EngineException e) {
            throw new IllegalStateException(e);
        }
    }

    public Connection connection() {
        return connection;
    }

    /** Runs statements (separated by semicolons at line ends), e.g. inserts of hand-made rows. */
    public TinyWarehouse execute(String sql) {
        for (String statement : sql.split(";\\s*(\\n|$)")) {
            if (statement.isBlank()) {
                continue;
            }
            try (Statement jdbc = connection.createStatement()) {
                jdbc.execute(statement);
            } catch (SQLException e) {
                throw new IllegalStateException(statement + ": " + e.getMessage(), e);
            }
        }
        return this;
    }

    /** Sets one threshold (replacing the built-in value) before the steps that read it run. */
    public TinyWarehouse threshold(String detector, String name, double value) {
        return execute("delete from mart.detector_threshold where detector = '" + detector + "' and name = '" + name
                + "';\ninsert into mart.detector_threshold values ('" + detector + "', '" + name + "', " + value + ")");
    }

    /** Runs the given pipeline steps (e.g. {@code detectors/excellent_quota} or {@code java:leniency}) in order. */
    public TinyWarehouse run(String... steps) {
        for (String step : steps) {
            SqlPipeline.runStep(connection, SqlPipeline.Engine.DUCKDB, step, JavaSteps.all());
        }
        return this;
    }

    /** Runs the whole analysis (thresholds as they are now in mart.detector_threshold are replaced). */
    public Analyzer.Result analyze() {
        try {
            return new Analyzer(Thresholds.builtIn(), Clock.systemUTC()).analyze(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The findings of one detector, ordered by year, unit and subject. */
    public List<Finding> findings(String detector) {
        List<Finding> findings = new ArrayList<>();
        for (Map<String, Object> row : query("select * from mart.findings where detector = '" + detector
                + "' order by year, unit_code, subject_key")) {
            findings.add(new Finding(
                    (String) row.get("detector"),
                    ((Number) row.get("year")).intValue(),
                    (String) row.get("unit_code"),
                    (String) row.get("subject_key"),
                    (String) row.get("severity"),
                    row.get("score") == null ? Double.NaN : ((Number) row.get("score")).doubleValue(),
                    (String) row.get("evidence")));
        }
        return findings;
    }

    /** Every row of a query, as column name to value maps in column order. */
    public List<Map<String, Object>> query(String sql) {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    row.put(columns.getColumnLabel(column), result.getObject(column));
                }
                rows.add(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
        return rows;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
