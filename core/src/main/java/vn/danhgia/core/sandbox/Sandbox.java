package vn.danhgia.core.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.core.warehouse.AnalystSnapshot;
import vn.danhgia.core.warehouse.SnapshotVersion;

/**
 * Runs analysts' SQL (the dashboard's console, {@code danhgia sql}, notebooks) against the analysts' copy of
 * the warehouse ({@link AnalystSnapshot}), which holds no personal data. Safety does not rest on reading the
 * SQL: every query gets a DuckDB instance of its own, in memory, with
 *
 * <ul>
 *   <li>the analysts' file attached read-only, and nothing else;
 *   <li>no extension installed or loaded, community extensions off;
 *   <li>{@code enable_external_access=false}: no file, folder, URL or database outside is reachable, for
 *       reading or writing (read_csv, read_text, glob, COPY TO, EXPORT, ATTACH, INSTALL...);
 *   <li>memory, threads and spill capped, then {@code lock_configuration=true} last, so no SET, RESET or
 *       PRAGMA can undo any of it;
 *   <li>a timeout that cancels the statement inside the engine, and a row cap on a streamed result (the
 *       rows past the cap are never computed).
 * </ul>
 *
 * On top of that, DuckDB's own parser ({@code json_serialize_sql}) admits exactly one query statement
 * (SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW, SUMMARIZE), so a refusal says what was refused in the user's
 * language rather than as an engine error. The instance is closed after each query: nothing one query does
 * is seen by the next.
 */
public final class Sandbox {
    private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);
    private static final Messages MESSAGES = Messages.of("vn.danhgia.core.sandbox.messages");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CATALOG = "warehouse";
    /** What the JDBC driver says for any error of a streamed result. */
    private static final String LOST_ERROR = "Invalid result set";

    private static final Pattern PERSONAL_SCHEMA =
            Pattern.compile("schema \"?(raw|restricted)\"? does not exist", Pattern.CASE_INSENSITIVE);
    private static final Set<Integer> NUMERIC_TYPES = Set.of(
            Types.TINYINT,
            Types.SMALLINT,
            Types.INTEGER,
            Types.BIGINT,
            Types.DECIMAL,
            Types.NUMERIC,
            Types.FLOAT,
            Types.REAL,
            Types.DOUBLE);
    private static final Set<String> NUMERIC_TYPE_NAMES =
            Set.of("HUGEINT", "UHUGEINT", "UBIGINT", "UINTEGER", "USMALLINT", "UTINYINT");

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sql-sandbox-timeout");
        thread.setDaemon(true);
        return thread;
    });

    private final Path file;
    private final SandboxLimits limits;
    private final Locale locale;
    private final Path temporaryFolder;

    private Sandbox(Path file, SandboxLimits limits, Locale locale) {
        this.file = file;
        this.limits = Objects.requireNonNull(limits, "limits");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.temporaryFolder = Path.of(System.getProperty("java.io.tmpdir"), "danhgia-sandbox");
    }

    /**
     * The sandbox over the analysts' copy of {@code warehouse} (the serving file, e.g. {@code
     * data/warehouse.duckdb}; an analysts' file itself is taken as it is). Messages are in {@code locale}.
     */
    public static Sandbox forWarehouse(Path warehouse, SandboxLimits limits, Locale locale) {
        Path absolute = warehouse.toAbsolutePath().normalize();
        Path file = absolute.getFileName().toString().endsWith(".analyst.duckdb")
                ? absolute
                : AnalystSnapshot.fileOf(absolute);
        return new Sandbox(file, limits, locale);
    }

    /** The analysts' file this sandbox reads. */
    public Path file() {
        return file;
    }

    public SandboxLimits limits() {
        return limits;
    }

    /** The version of the analysts' file on disk now (what a cache of its catalog is keyed by). */
    public SnapshotVersion version() {
        try {
            return SnapshotVersion.onDisk(file);
        } catch (NoSuchFileException e) {
            throw noSnapshot();
        } catch (IOException e) {
            throw new DanhgiaException(ErrorCode.WAREHOUSE_UNAVAILABLE, e.getMessage(), null, e);
        }
    }

    /** Runs one query statement; refused, failed or timed-out queries throw a {@link DanhgiaException}. */
    public QueryResult query(String sql) {
        return run(sql, false);
    }

    /** The engine's plan of one query statement (EXPLAIN), without running it. */
    public QueryResult explain(String sql) {
        return run(sql, true);
    }

    /** Every table the analysts' file holds, with its columns and their descriptions. */
    public List<CatalogTable> catalog() {
        try (Connection connection = open()) {
            Map<String, List<CatalogColumn>> columns = new LinkedHashMap<>();
            String columnSql = "select schema_name, table_name, column_name, data_type, comment from duckdb_columns()"
                    + " where database_name = ? order by schema_name, table_name, column_index";
            try (PreparedStatement statement = connection.prepareStatement(columnSql)) {
                statement.setString(1, CATALOG);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        columns.computeIfAbsent(rows.getString(1) + "." + rows.getString(2), key -> new ArrayList<>())
                                .add(new CatalogColumn(rows.getString(3), rows.getString(4), rows.getString(5)));
                    }
                }
            }
            List<CatalogTable> tables = new ArrayList<>();
            String tableSql = "select schema_name, table_name, comment, estimated_size from duckdb_tables()"
                    + " where database_name = ? order by schema_name, table_name";
            try (PreparedStatement statement = connection.prepareStatement(tableSql)) {
                statement.setString(1, CATALOG);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String key = rows.getString(1) + "." + rows.getString(2);
                        tables.add(new CatalogTable(
                                rows.getString(1),
                                rows.getString(2),
                                rows.getString(3),
                                rows.getLong(4),
                                columns.getOrDefault(key, List.of())));
                    }
                }
            }
            return tables;
        } catch (SQLException e) {
            throw failure(e, false);
        }
    }

    /**
     * The text to run, once DuckDB's parser has read it as exactly one query statement; the reason in the
     * user's language otherwise.
     */
    private String checked(Connection connection, String sql) {
        if (sql == null || sql.isBlank()) {
            throw new DanhgiaException(ErrorCode.QUERY_REFUSED, MESSAGES.format(locale, "sandbox.empty"));
        }
        String text = sql.strip();
        JsonNode parsed;
        try (PreparedStatement statement = connection.prepareStatement("select json_serialize_sql(?)")) {
            statement.setString(1, text);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                parsed = JSON.readTree(rows.getString(1));
            }
        } catch (SQLException e) {
            throw failure(e, false);
        } catch (IOException e) {
            throw new DanhgiaException(ErrorCode.INTERNAL, e.getMessage(), null, e);
        }
        if (parsed.path("error").asBoolean(false)) {
            String type = parsed.path("error_type").asText("");
            if (type.equals("not implemented")) {
                throw new DanhgiaException(ErrorCode.QUERY_REFUSED, MESSAGES.format(locale, "sandbox.notQuery"));
            }
            throw new DanhgiaException(
                    ErrorCode.QUERY_FAILED,
                    MESSAGES.format(
                            locale,
                            "sandbox.syntax",
                            firstLine(parsed.path("error_message").asText(""))));
        }
        int statements = parsed.path("statements").size();
        if (statements == 0) {
            throw new DanhgiaException(ErrorCode.QUERY_REFUSED, MESSAGES.format(locale, "sandbox.empty"));
        }
        if (statements > 1) {
            throw new DanhgiaException(
                    ErrorCode.QUERY_REFUSED, MESSAGES.format(locale, "sandbox.manyStatements", statements));
        }
        return text;
    }

    private QueryResult run(String sql, boolean plan) {
        long started = System.nanoTime();
        AtomicBoolean timedOut = new AtomicBoolean();
        String text = null;
        try (Connection connection = open();
                Statement statement = connection.createStatement()) {
            text = (plan ? "explain " : "") + checked(connection, sql);
            ScheduledFuture<?> cancel = cancelAtTimeout(statement, timedOut);
            try {
                if (!statement.execute(text)) {
                    // the parser admitted a query: a statement without rows is not one
                    throw new DanhgiaException(ErrorCode.QUERY_REFUSED, MESSAGES.format(locale, "sandbox.notQuery"));
                }
                try (ResultSet rows = statement.getResultSet()) {
                    QueryResult result = read(rows, started);
                    if (timedOut.get()) {
                        throw timeout();
                    }
                    return result;
                }
            } finally {
                cancel.cancel(false);
            }
        } catch (SQLException e) {
            if (timedOut.get()) {
                throw timeout();
            }
            if (text != null && firstLine(e.getMessage()).endsWith(LOST_ERROR)) {
                throw failure(diagnose(text).orElse(e), true);
            }
            throw failure(e, true);
        } finally {
            LOG.debug("sandbox query in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * The engine's own error for a statement whose streamed result failed: the JDBC driver reports every
     * error of a streamed result as "Invalid result set", so the statement runs once more, not streamed, in a
     * new sealed instance under the same timeout, only to learn what went wrong.
     */
    private java.util.Optional<SQLException> diagnose(String text) {
        AtomicBoolean timedOut = new AtomicBoolean();
        try (Connection connection = open(false);
                Statement statement = connection.createStatement()) {
            ScheduledFuture<?> cancel = cancelAtTimeout(statement, timedOut);
            try {
                statement.execute(text);
                return java.util.Optional.empty();
            } finally {
                cancel.cancel(false);
            }
        } catch (SQLException e) {
            return timedOut.get() ? java.util.Optional.empty() : java.util.Optional.of(e);
        }
    }

    /** Cancels the statement inside the engine when the timeout passes, and says so in {@code timedOut}. */
    private ScheduledFuture<?> cancelAtTimeout(Statement statement, AtomicBoolean timedOut) {
        return TIMER.schedule(
                () -> {
                    timedOut.set(true);
                    try {
                        statement.cancel();
                    } catch (SQLException e) {
                        LOG.warn("could not cancel a query past its timeout: {}", e.getMessage());
                    }
                },
                limits.timeout().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private QueryResult read(ResultSet rows, long started) throws SQLException {
        ResultSetMetaData metadata = rows.getMetaData();
        int count = metadata.getColumnCount();
        List<ResultColumn> columns = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String type = metadata.getColumnTypeName(i);
            boolean numeric = NUMERIC_TYPES.contains(metadata.getColumnType(i)) || NUMERIC_TYPE_NAMES.contains(type);
            columns.add(new ResultColumn(metadata.getColumnLabel(i), type, numeric));
        }
        List<List<Object>> values = new ArrayList<>();
        boolean truncated = false;
        while (rows.next()) {
            if (values.size() == limits.maxRows()) {
                truncated = true; // the rest is never read; closing the result stops the query
                break;
            }
            List<Object> row = new ArrayList<>(count);
            for (int i = 1; i <= count; i++) {
                row.add(value(rows, i));
            }
            values.add(row);
        }
        return new QueryResult(columns, values, truncated, Duration.ofNanos(System.nanoTime() - started));
    }

    private static Object value(ResultSet rows, int column) throws SQLException {
        Object value = rows.getObject(column);
        if (value == null) {
            return null;
        }
        if (value instanceof String
                || value instanceof Boolean
                || value instanceof Long
                || value instanceof Double
                || value instanceof BigDecimal
                || value instanceof LocalDate
                || value instanceof LocalDateTime) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float number) {
            return number.doubleValue();
        }
        if (value instanceof BigInteger number) {
            return new BigDecimal(number);
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Timestamp time) {
            return time.toLocalDateTime();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toLocalDateTime();
        }
        return rows.getString(column);
    }

    /** A new instance holding the analysts' file read-only, sealed as the class comment says. */
    private Connection open() throws SQLException {
        return open(true);
    }

    private Connection open(boolean streamed) throws SQLException {
        if (!Files.isRegularFile(file)) {
            throw noSnapshot();
        }
        try {
            Files.createDirectories(temporaryFolder);
        } catch (IOException e) {
            throw new DanhgiaException(ErrorCode.WAREHOUSE_UNAVAILABLE, e.getMessage(), null, e);
        }
        Properties properties = new Properties();
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        properties.setProperty("allow_community_extensions", "false");
        properties.setProperty("allow_unsigned_extensions", "false");
        properties.setProperty("memory_limit", limits.memoryLimit());
        properties.setProperty("threads", Integer.toString(limits.threads()));
        properties.setProperty("max_temp_directory_size", limits.maxTempDirectorySize());
        properties.setProperty("temp_directory", temporaryFolder.toString());
        properties.setProperty("jdbc_stream_results", Boolean.toString(streamed));
        Connection connection = DriverManager.getConnection("jdbc:duckdb:", properties);
        try (Statement statement = connection.createStatement()) {
            // the path is ours (beside the configured warehouse), never the user's: quotes doubled all the same
            statement.execute("attach '" + file.toString().replace("'", "''") + "' as " + CATALOG + " (read_only)");
            statement.execute("use " + CATALOG);
            statement.execute("set enable_external_access = false");
            statement.execute("set lock_configuration = true"); // last: nothing above can be changed after it
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    private DanhgiaException noSnapshot() {
        return new DanhgiaException(
                ErrorCode.WAREHOUSE_UNAVAILABLE, MESSAGES.format(locale, "sandbox.noSnapshot", file, serving(file)));
    }

    private static String serving(Path analystFile) {
        String name = analystFile.getFileName().toString();
        return analystFile
                .resolveSibling(name.replace(".analyst.duckdb", ".duckdb"))
                .toString();
    }

    private DanhgiaException timeout() {
        return new DanhgiaException(
                ErrorCode.QUERY_TIMEOUT,
                MESSAGES.format(locale, "sandbox.timeout", limits.timeout().toSeconds()));
    }

    private DanhgiaException failure(SQLException e, boolean fromQuery) {
        String detail = firstLine(e.getMessage());
        Matcher personal = PERSONAL_SCHEMA.matcher(detail);
        if (personal.find()) {
            return new DanhgiaException(
                    ErrorCode.QUERY_REFUSED, MESSAGES.format(locale, "sandbox.personal", personal.group(1)), null, e);
        }
        if (detail.startsWith("Permission Error") || detail.contains("configuration has been locked")) {
            return new DanhgiaException(
                    ErrorCode.QUERY_REFUSED, MESSAGES.format(locale, "sandbox.refused", detail), null, e);
        }
        if (detail.startsWith("Out of Memory Error")) {
            return new DanhgiaException(
                    ErrorCode.QUERY_FAILED,
                    MESSAGES.format(locale, "sandbox.memory", limits.memoryLimit(), detail),
                    null,
                    e);
        }
        if (!fromQuery) {
            return new DanhgiaException(
                    ErrorCode.WAREHOUSE_UNAVAILABLE,
                    MESSAGES.format(locale, "sandbox.unreadable", file, detail),
                    null,
                    e);
        }
        return new DanhgiaException(ErrorCode.QUERY_FAILED, MESSAGES.format(locale, "sandbox.failed", detail), null, e);
    }

    /** An engine message on one line (DuckDB adds the query and a caret on the next lines). */
    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.strip();
        int newline = line.indexOf('\n');
        return (newline < 0 ? line : line.substring(0, newline)).strip();
    }
}
