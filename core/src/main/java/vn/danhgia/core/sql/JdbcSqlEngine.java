package vn.danhgia.core.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** {@link SqlEngine} over a JDBC connection to DuckDB. */
public final class JdbcSqlEngine implements SqlEngine {
    private static final int BATCH = 1_000;

    private final Connection connection;

    public JdbcSqlEngine(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    public Connection connection() {
        return connection;
    }

    @Override
    public SqlPipeline.Engine dialect() {
        return SqlPipeline.Engine.DUCKDB;
    }

    @Override
    public void execute(String sql, List<?> parameters) throws EngineException {
        Objects.requireNonNull(parameters, "parameters");
        try {
            if (parameters.isEmpty()) {
                // not every statement can be prepared (DuckDB's SET, PRAGMA): run those as they are
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                }
            } else {
                try (PreparedStatement statement = prepare(sql, parameters)) {
                    statement.execute();
                }
            }
        } catch (SQLException e) {
            throw new EngineException(e.getMessage(), e);
        }
    }

    @Override
    public Rows query(String sql, List<?> parameters) throws EngineException {
        Objects.requireNonNull(parameters, "parameters");
        try {
            if (parameters.isEmpty()) {
                try (Statement statement = connection.createStatement();
                        ResultSet result = statement.executeQuery(sql)) {
                    return rows(result);
                }
            }
            try (PreparedStatement statement = prepare(sql, parameters);
                    ResultSet result = statement.executeQuery()) {
                return rows(result);
            }
        } catch (SQLException e) {
            throw new EngineException(e.getMessage(), e);
        }
    }

    private PreparedStatement prepare(String sql, List<?> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            // DuckDB's driver runs with an unbound marker as null: a miscount would go unnoticed
            int markers = statement.getParameterMetaData().getParameterCount();
            if (markers != parameters.size()) {
                throw new SQLException(
                        "The statement has " + markers + " parameter markers but " + parameters.size() + " values");
            }
            for (int index = 0; index < parameters.size(); index++) {
                bind(statement, index + 1, parameters.get(index));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private static Rows rows(ResultSet result) throws SQLException {
        ResultSetMetaData metadata = result.getMetaData();
        int count = metadata.getColumnCount();
        List<String> columns = new ArrayList<>();
        for (int column = 1; column <= count; column++) {
            columns.add(metadata.getColumnLabel(column));
        }
        List<Object[]> values = new ArrayList<>();
        while (result.next()) {
            Object[] row = new Object[count];
            for (int column = 0; column < count; column++) {
                row[column] = result.getObject(column + 1);
            }
            values.add(row);
        }
        return new Rows(columns, values);
    }

    @Override
    public void append(String table, List<Object[]> rows) throws EngineException {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.get(0).length;
        String placeholders = String.join(", ", Collections.nCopies(columns, "?"));
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
        } catch (SQLException e) {
            throw new EngineException(table + ": " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Double number && !Double.isFinite(number)) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setObject(index, value);
        }
    }
}
