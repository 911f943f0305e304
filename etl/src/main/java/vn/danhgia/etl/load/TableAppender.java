package vn.danhgia.etl.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Rows of plain values appended to one table through DuckDB's appender. A JDBC batch of prepared
 * inserts runs one statement per row on DuckDB (about a millisecond each); the appender writes
 * column chunks.
 */
final class TableAppender implements AutoCloseable {
    private final DuckDBAppender appender;

    private TableAppender(DuckDBAppender appender) {
        this.appender = appender;
    }

    static TableAppender open(Connection connection, String schema, String table) throws SQLException {
        return new TableAppender(connection.unwrap(DuckDBConnection.class).createAppender(schema, table));
    }

    /** A table of another catalog, e.g. {@code temp.main.x} for a temporary table. */
    static TableAppender open(Connection connection, String catalog, String schema, String table) throws SQLException {
        return new TableAppender(connection.unwrap(DuckDBConnection.class).createAppender(catalog, schema, table));
    }

    /** One row, its values in the table's column order: String, Integer, Long, Double, Boolean, LocalDate, LocalDateTime or null. */
    TableAppender row(Object... values) throws SQLException {
        appender.beginRow();
        for (Object value : values) {
            if (value == null) {
                appender.appendNull();
            } else if (value instanceof String text) {
                appender.append(text);
            } else if (value instanceof Integer number) {
                appender.append(number.intValue());
            } else if (value instanceof Long number) {
                appender.append(number.longValue());
            } else if (value instanceof Double number) {
                appender.append(number.doubleValue());
            } else if (value instanceof Boolean flag) {
                appender.append(flag.booleanValue());
            } else if (value instanceof java.math.BigDecimal decimal) {
                appender.append(decimal);
            } else if (value instanceof LocalDate date) {
                appender.append(date);
            } else if (value instanceof LocalDateTime time) {
                appender.append(time);
            } else {
                throw new IllegalArgumentException(
                        "Cannot append a " + value.getClass().getName());
            }
        }
        appender.endRow();
        return this;
    }

    @Override
    public void close() throws SQLException {
        appender.close();
    }
}
