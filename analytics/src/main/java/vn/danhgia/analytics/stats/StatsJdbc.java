package vn.danhgia.analytics.stats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;

/**
 * The JDBC side of the statistics steps: reads an input query from {@code sql/stats/} (packaged in the
 * core jar, the same text Spark runs), reads thresholds from {@code mart.detector_threshold}, and
 * writes a mart table from rows of plain values. Kept apart from the tests themselves so that Spark
 * (issue [5]) can feed the same pure functions from its own rows.
 */
final class StatsJdbc {
    private static final Messages MESSAGES = Messages.of("vn.danhgia.analytics.stats.messages");
    private static final int BATCH = 1_000;

    private StatsJdbc() {}

    /** The text of {@code sql/stats/<name>.sql} from the classpath. */
    static String sql(String name) {
        String resource = "sql/stats/" + name + ".sql";
        try (InputStream in = StatsJdbc.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new DanhgiaException(ErrorCode.INTERNAL, MESSAGES.format("stats.missingInput", resource));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().replaceAll(";\\s*$", "");
        } catch (IOException e) {
            throw new DanhgiaException(ErrorCode.INTERNAL, MESSAGES.format("stats.missingInput", resource), null, e);
        }
    }

    /** A threshold the detectors share with the statistics (loaded from thresholds.yaml by analyze). */
    static double threshold(Connection connection, String detector, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select value from mart.detector_threshold where detector = ? and name = ?")) {
            select.setString(1, detector);
            select.setString(2, name);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new DanhgiaException(
                            ErrorCode.INVALID_CONFIGURATION, MESSAGES.format("stats.missingThreshold", detector, name));
                }
                return rows.getDouble(1);
            }
        }
    }

    /** Creates (or replaces) a mart table with {@code ddlName}'s statement and inserts the rows. */
    static void write(Connection connection, String ddlName, String table, int columns, List<Object[]> rows)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql(ddlName));
        }
        String placeholders = String.join(", ", java.util.Collections.nCopies(columns, "?"));
        try (PreparedStatement insert =
                connection.prepareStatement("insert into " + table + " values (" + placeholders + ")")) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int column = 0; column < columns; column++) {
                    bind(insert, column + 1, row[column]);
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    /** Runs a query and hands back its rows as plain values. */
    static List<Object[]> query(Connection connection, String sql) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int column = 0; column < columns; column++) {
                    row[column] = result.getObject(column + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static void bind(PreparedStatement insert, int index, Object value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.NULL);
        } else if (value instanceof Double number && !Double.isFinite(number)) {
            insert.setNull(index, Types.DOUBLE);
        } else {
            insert.setObject(index, value);
        }
    }

    static int integer(Object value) {
        return ((Number) value).intValue();
    }

    static long count(Object value) {
        return ((Number) value).longValue();
    }
}
