package vn.danhgia.dashboard.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import vn.danhgia.dashboard.DashboardFixture;

/** Real values from the fixture warehouse, read-only, for forms the tests fill. */
final class WarehouseSamples {
    private WarehouseSamples() {}

    /** A pseudonym (person_key) that the identity table holds. */
    static String personKey() {
        return single("select min(person_key) from restricted.person_identity");
    }

    private static String single(String sql) {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection connection =
                        DriverManager.getConnection("jdbc:duckdb:" + DashboardFixture.warehouse(), readOnly);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            if (!row.next() || row.getString(1) == null) {
                throw new AssertionError("no value from the fixture: " + sql);
            }
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
