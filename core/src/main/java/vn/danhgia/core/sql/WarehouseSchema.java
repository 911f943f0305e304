package vn.danhgia.core.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;

/**
 * The warehouse schema ({@code sql/schema/*.sql}, packaged in the core jar) and how to apply it to a
 * JDBC connection. Every statement is {@code create ... if not exists}, so applying is idempotent; the
 * whole schema is applied in one transaction and its version recorded once in
 * {@code meta.schema_version}.
 *
 * <p>Spark applies the same files through {@link #scripts()} and its own session; only this class's
 * JDBC path records the version with a parameterized insert.
 */
public final class WarehouseSchema {
    /** Where the schema files live on the classpath (in the core jar, or core/target/classes). */
    public static final String FOLDER = "sql/schema/";

    public static final String INDEX = FOLDER + "index.yaml";

    private static final Logger LOG = LoggerFactory.getLogger(WarehouseSchema.class);
    private static final Messages MESSAGES = ClasspathText.MESSAGES;

    // Records a version once; the casts let the engine type the parameters without a target column.
    private static final String RECORD_VERSION = "insert into meta.schema_version (version, applied_at) "
            + "select cast(? as int), cast(? as timestamp) "
            + "where not exists (select 1 from meta.schema_version where version = cast(? as int))";

    private final int version;
    private final List<SqlScript> scripts;
    private final java.util.SortedMap<Integer, SqlScript> migrations;
    private final Clock clock;

    private WarehouseSchema(
            int version, List<SqlScript> scripts, java.util.SortedMap<Integer, SqlScript> migrations, Clock clock) {
        this.version = version;
        this.scripts = List.copyOf(scripts);
        this.migrations = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(migrations));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The schema packaged with this version of danhgia. */
    public static WarehouseSchema fromClasspath() {
        return fromClasspath(WarehouseSchema.class.getClassLoader(), Clock.systemUTC());
    }

    /** The schema found by {@code loader}; {@code clock} stamps {@code meta.schema_version.applied_at}. */
    public static WarehouseSchema fromClasspath(ClassLoader loader, Clock clock) {
        Objects.requireNonNull(loader, "loader");
        SchemaIndex index = ClasspathText.readIndex(loader, INDEX, SchemaIndex.class);
        List<SqlScript> scripts = new ArrayList<>();
        for (String file : index.files()) {
            scripts.add(SqlScript.parse(file, ClasspathText.read(loader, FOLDER + file)));
        }
        java.util.SortedMap<Integer, SqlScript> migrations = new java.util.TreeMap<>();
        for (SchemaIndex.Migration migration : index.migrations()) {
            migrations.put(
                    migration.version(),
                    SqlScript.parse(migration.file(), ClasspathText.read(loader, FOLDER + migration.file())));
        }
        return new WarehouseSchema(index.version(), scripts, migrations, clock);
    }

    /** The schema version, as recorded in {@code meta.schema_version}. */
    public int version() {
        return version;
    }

    /** The migrations by the version they bring a warehouse to (Spark runs them the same way). */
    public java.util.SortedMap<Integer, SqlScript> migrations() {
        return migrations;
    }

    /** The schema files in the order they are applied, each split into statements. */
    public List<SqlScript> scripts() {
        return scripts;
    }

    /**
     * Creates whatever of the schema is missing and records its version, in one transaction: on
     * failure nothing is applied and the exception names the file and line of the failing statement.
     */
    public void apply(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                int applied = appliedVersion(connection);
                if (applied > version) {
                    throw new DanhgiaException(
                            ErrorCode.WAREHOUSE_UNAVAILABLE, MESSAGES.format("schema.newer", applied, version));
                }
                if (applied > 0) {
                    // an existing warehouse of an earlier version: alter what the DDL cannot (new columns)
                    for (SqlScript migration : migrations.tailMap(applied + 1).values()) {
                        applyStatements(connection, List.of(migration));
                        LOG.info("warehouse schema: {} applied", migration.name());
                    }
                }
                int count = applyStatements(connection, scripts);
                recordVersion(connection);
                connection.commit();
                LOG.info(
                        "warehouse schema version {}: {} files, {} statements applied", version, scripts.size(), count);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DanhgiaException(
                    ErrorCode.WAREHOUSE_UNAVAILABLE,
                    MESSAGES.format("schema.transactionFailed", e.getMessage()),
                    null,
                    e);
        }
    }

    /** The newest version recorded in the warehouse, 0 for a new one. */
    private static int appliedVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery("select count(*) from information_schema.tables"
                        + " where table_schema = 'meta' and table_name = 'schema_version'")) {
            tables.next();
            if (tables.getInt(1) == 0) {
                return 0;
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet versions =
                        statement.executeQuery("select coalesce(max(version), 0) from meta.schema_version")) {
            versions.next();
            return versions.getInt(1);
        }
    }

    private static int applyStatements(Connection connection, List<SqlScript> scripts) {
        int count = 0;
        for (SqlScript script : scripts) {
            for (SqlStatement statement : script.statements()) {
                try (Statement jdbc = connection.createStatement()) {
                    jdbc.execute(statement.text());
                } catch (SQLException e) {
                    throw new DanhgiaException(
                            ErrorCode.WAREHOUSE_UNAVAILABLE,
                            MESSAGES.format("schema.statementFailed", script.name(), statement.line(), e.getMessage()),
                            null,
                            e);
                }
                count++;
            }
        }
        return count;
    }

    private void recordVersion(Connection connection) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        try (PreparedStatement insert = connection.prepareStatement(RECORD_VERSION)) {
            insert.setInt(1, version);
            insert.setObject(2, now);
            insert.setInt(3, version);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new DanhgiaException(
                    ErrorCode.WAREHOUSE_UNAVAILABLE,
                    MESSAGES.format("schema.versionFailed", version, e.getMessage()),
                    null,
                    e);
        }
    }
}
