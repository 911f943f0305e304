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
    void execute(String sql) throws EngineException;

    /** Runs one query and returns its rows as plain Java values (String, Long, Integer, Double, ...). */
    Rows query(String sql) throws EngineException;

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
