package vn.danhgia.dashboard.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the dashboard's read queries: the text of {@code sql/dashboard/<name>.sql} is read once from
 * the classpath (the core jar), prepared on the given connection, every value bound as a parameter
 * (never pasted into the text), and each row mapped to a record.
 */
public final class SqlQueries {
    /** The folder of the dashboard's queries on the classpath. */
    public static final String FOLDER = "sql/dashboard/";

    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private SqlQueries() {}

    /** Maps the current row of a result to a value. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(Row row) throws SQLException;
    }

    /** The text of {@code sql/dashboard/<name>.sql} (or {@code sql/report/...} for {@code report/<name>}), read once; a missing file is a broken installation. */
    public static String text(String name) {
        return TEXTS.computeIfAbsent(name, SqlQueries::read);
    }

    /** Every row of query {@code name} with {@code parameters} bound in order ({@code null} binds SQL null). */
    public static <T> List<T> list(Connection connection, String name, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        Objects.requireNonNull(connection, "connection");
        try (PreparedStatement statement = connection.prepareStatement(text(name))) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                Row row = new Row(rows);
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(row));
                }
                return List.copyOf(result);
            }
        }
    }

    /** The first row of query {@code name}, empty when it returns none. */
    public static <T> Optional<T> first(Connection connection, String name, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        List<T> rows = list(connection, name, mapper, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            int index = i + 1;
            if (value instanceof Optional<?> optional) {
                value = optional.orElse(null);
            }
            if (value == null) {
                statement.setNull(index, Types.VARCHAR);
            } else if (value instanceof String text) {
                statement.setString(index, text);
            } else if (value instanceof Integer number) {
                statement.setInt(index, number);
            } else if (value instanceof Long number) {
                statement.setLong(index, number);
            } else if (value instanceof Double number) {
                statement.setDouble(index, number);
            } else if (value instanceof Boolean flag) {
                statement.setBoolean(index, flag);
            } else if (value instanceof LocalDate date) {
                statement.setDate(index, Date.valueOf(date));
            } else {
                throw new IllegalArgumentException(
                        "cannot bind a " + value.getClass().getName() + " (parameter " + index + ")");
            }
        }
    }

    private static String read(String name) {
        // "report/<name>" is a query of the reports (sql/report/), any other name one of the pages'
        if (!name.matches("(report/)?[a-z0-9_]+")) {
            throw new IllegalArgumentException("not a dashboard query name: " + name);
        }
        String resource = name.startsWith("report/") ? "sql/" + name + ".sql" : FOLDER + name + ".sql";
        try (InputStream in = SqlQueries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath: the core jar is incomplete");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** The current row of a result, read by column label, with SQL nulls as empty optionals. */
    public static final class Row {
        private final ResultSet rows;

        Row(ResultSet rows) {
            this.rows = rows;
        }

        public String string(String column) throws SQLException {
            return optionalString(column)
                    .orElseThrow(() -> new SQLException("column " + column + " is null where a value is required"));
        }

        public Optional<String> optionalString(String column) throws SQLException {
            return Optional.ofNullable(rows.getString(column));
        }

        public int integer(String column) throws SQLException {
            return optionalInteger(column).orElse(0);
        }

        public Optional<Integer> optionalInteger(String column) throws SQLException {
            long value = rows.getLong(column);
            return rows.wasNull() ? Optional.empty() : Optional.of(Math.toIntExact(value));
        }

        public long count(String column) throws SQLException {
            long value = rows.getLong(column);
            return rows.wasNull() ? 0 : value;
        }

        public double number(String column) throws SQLException {
            double value = rows.getDouble(column);
            return rows.wasNull() ? 0 : value;
        }

        public boolean flag(String column) throws SQLException {
            boolean value = rows.getBoolean(column);
            return !rows.wasNull() && value;
        }

        public Optional<Boolean> optionalFlag(String column) throws SQLException {
            boolean value = rows.getBoolean(column);
            return rows.wasNull() ? Optional.empty() : Optional.of(value);
        }

        public BigDecimal decimal(String column) throws SQLException {
            return optionalDecimal(column).orElse(BigDecimal.ZERO);
        }

        public Optional<BigDecimal> optionalDecimal(String column) throws SQLException {
            return Optional.ofNullable(rows.getBigDecimal(column));
        }

        public Optional<LocalDate> optionalDate(String column) throws SQLException {
            // read as a calendar date: no time zone may shift it
            return Optional.ofNullable(rows.getObject(column, LocalDate.class));
        }

        public Optional<LocalDateTime> optionalTimestamp(String column) throws SQLException {
            // warehouse timestamps are UTC wall-clock values: read them as such, never through the JVM's zone
            return Optional.ofNullable(rows.getObject(column, LocalDateTime.class));
        }
    }
}
