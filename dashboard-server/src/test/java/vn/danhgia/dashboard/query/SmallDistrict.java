package vn.danhgia.dashboard.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import vn.danhgia.core.sql.SqlPipeline;
import vn.danhgia.core.sql.SqlScript;
import vn.danhgia.core.sql.SqlStatement;
import vn.danhgia.core.sql.WarehouseSchema;

/**
 * A small hand-made district in an in-memory DuckDB warehouse of the real schema: the core rows of
 * {@code small-district.sql}, then the real mart models and three real detectors run on them.
 */
final class SmallDistrict {
    private SmallDistrict() {}

    static Connection open() throws SQLException, IOException {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        WarehouseSchema.fromClasspath().apply(connection);
        try (InputStream in = SmallDistrict.class.getResourceAsStream("small-district.sql")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            try (Statement statement = connection.createStatement()) {
                for (SqlStatement each :
                        SqlScript.parse("small-district.sql", text).statements()) {
                    statement.execute(each.text());
                }
                statement.execute("insert into mart.detector_threshold values ('late_review', 'grace_days', 0),"
                        + " ('late_report', 'grace_days', 0)");
            }
        }
        for (String step : new String[] {
            "functions/text",
            "functions/json",
            "marts/level_distribution",
            "marts/level_distribution_by_type",
            "marts/yoy_delta",
            "marts/submission_timeliness",
            "marts/submission_timeliness_by_year",
            "detectors/excellent_quota",
            "detectors/late_review",
            "detectors/late_report"
        }) {
            SqlPipeline.runStep(connection, SqlPipeline.Engine.DUCKDB, step, Map.of());
        }
        try (Statement statement = connection.createStatement()) {
            // a finding about a person of cell X3-01, to check that an organization's findings include its cells'
            statement.execute(
                    "insert into mart.findings values ('score_band_mismatch', 2024, 'X3-01', 'a2', 'medium', 3.5,"
                            + " '{\"ratings\":[{\"kind\":\"member\",\"score\":86.5,\"final_level\":\"HTXSNV\",\"band_level\":\"HTTNV\"}],"
                            + "\"sources\":[{\"file\":\"2024/an binh.xlsx\",\"sheet\":\"DS\",\"row\":11}]}')");
        }
        return connection;
    }

    /** One number from an independent SQL aggregate. */
    static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
