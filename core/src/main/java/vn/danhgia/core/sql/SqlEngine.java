package vn.danhgia.core.sql;

import java.util.List;
import java.util.Objects;

/**
 * Where the SQL models run: DuckDB through JDBC ({@link JdbcSqlEngine}) or Spark SQL over Delta tables
 * (the etl module's {@code vn.danhgia.etl.lake.SparkSqlEngine}). The pipelines, the data tests and the
 * Java statistics steps talk to this interface only, so one text and one piece of Java serve both paths.
 *
 * <p>Every method runs one statement; failures are {@link vn.danhgia.core.error.DanhgiaException}s
 * that name the statement's source where the caller knows it.
 */
public interface SqlEngine {

    /** Which twin of an engine-specific model ({@code x.duckdb.sql}, {@code x.spark.sql}) this engine runs. */
    SqlPipeline.Engine dialect();

    /** Runs one statement that returns no rows (DDL, insert, delete, create table as). */
    default void execute(String sql) throws EngineException {
        execute(sql, List.of());
    }

    /**
     * Runs one statement that returns no rows, with a value bound to each positional {@code ?} marker, in
     * order. Values are plain Java values (String, Integer, Long, Double, BigDecimal, Boolean, LocalDate);
     * a value always arrives as data, whatever it holds. Identifiers (table and column names) cannot be
     * parameters: they come from code, never from a user.
     */
    void execute(String sql, List<?> parameters) throws EngineException;

    /** Runs one query and returns its rows as plain Java values (String, Long, Integer, Double, ...). */
    default Rows query(String sql) throws EngineException {
        return query(sql, List.of());
    }

    /** Runs one query with a value bound to each positional {@code ?} marker (as {@link #execute(String, List)}). */
    Rows query(String sql, List<?> parameters) throws EngineException;

    /**
     * Appends rows of plain values to an existing table, in the table's column order. A non-finite
     * double is written as null.
     */
    void append(String table, List<Object[]> rows) throws EngineException;

    /** The rows of a query: column labels and values. */
    record Rows(List<String> columns, List<Object[]> values) {
        public Rows {
            columns = List.copyOf(columns);
            values = List.copyOf(Objects.requireNonNull(values, "values"));
        }
    }

    /** A statement the engine refused, with the engine's own message. */
    final class EngineException extends Exception {
        private static final long serialVersionUID = 1L;

        public EngineException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
