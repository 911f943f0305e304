package vn.danhgia.etl.lake;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.core.sql.SqlEngine;
import vn.danhgia.core.sql.SqlPipeline;
import vn.danhgia.core.sql.SqlScript;
import vn.danhgia.core.sql.SqlStatement;
import vn.danhgia.core.sql.WarehouseSchema;

/**
 * A Delta Lake warehouse: one Delta table per warehouse table, at {@code <root>/<schema>/<table>}
 * ({@code lake/core/member_rating}), the same schemas and tables as the DuckDB file. Spark's catalog
 * is rebuilt from the folders at every start (no metastore to install): each schema becomes a database
 * located at {@code <root>/<schema>}, each folder holding a {@code _delta_log} a table of it.
 *
 * <p>The schema DDL is the DuckDB text; Spark gets it with three storage clauses added: {@code using
 * delta}, {@code partitioned by (year)} for tables with a year column, and deletion vectors off.
 *
 * <p>{@link #pinned(String)} opens the lake as it was at a commit time: every table but the marts is a
 * view over the Delta table's version of that moment (time travel), so an analysis reproduces what was
 * reported then; the marts are written as usual, and the audit log records the run.
 */
public final class Lake {
    private static final Logger LOG = LoggerFactory.getLogger(Lake.class);
    private static final Messages MESSAGES = Messages.of("vn.danhgia.etl.lake.messages");

    /** The warehouse schemas, in the order the DDL creates them. */
    public static final List<String> SCHEMAS = List.of("raw", "staging", "core", "mart", "meta", "restricted");

    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?is)^create\\s+table\\s+if\\s+not\\s+exists\\s+([a-z_]+)\\.([a-z_0-9]+)\\s*\\((.*)\\)\\s*$");
    private static final Pattern CREATE_SCHEMA =
            Pattern.compile("(?is)^create\\s+schema\\s+if\\s+not\\s+exists\\s+([a-z_]+)\\s*$");
    private static final Pattern YEAR_COLUMN = Pattern.compile("(?is)(^|[,(\\s])year\\s+int\\b");

    private final SparkSession spark;
    private final String root;

    private Lake(SparkSession spark, String root) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.root = stripSlash(root);
    }

    /**
     * Opens (and creates, when new) the lake at {@code location}: a local folder or a storage URL Spark's
     * Hadoop file systems understand ({@code s3a://bucket/lake}, {@code abfss://...}, {@code hdfs://...}).
     */
    public static Lake open(Optional<String> master, String location) {
        Lake lake = new Lake(SparkSessions.fresh(master), normalize(location));
        lake.register(Optional.empty());
        lake.applySchema();
        return lake;
    }

    /**
     * Opens the lake as it was at {@code asOf}: a commit timestamp ({@code 2026-12-15 17:00:00}, read in
     * UTC) or a version number of {@code meta.load_log} (each load ends with a commit there, after all its
     * tables), resolved to that commit's time so that every table is read at the same moment.
     */
    public static Lake pinned(Optional<String> master, String location, String asOf) {
        Lake lake = new Lake(SparkSessions.fresh(master), normalize(location));
        long millis = lake.commitMillis(asOf);
        lake.register(Optional.of(millis));
        LOG.info("{}: tables read as of {}", lake.root, java.time.Instant.ofEpochMilli(millis));
        return lake;
    }

    /** Whether {@code location} holds a lake a load has written (its load log), checked without Spark. */
    public static boolean exists(String location) {
        org.apache.hadoop.fs.Path log =
                new org.apache.hadoop.fs.Path(normalize(location) + "/meta/load_log/_delta_log");
        try {
            return log.getFileSystem(new org.apache.hadoop.conf.Configuration()).exists(log);
        } catch (IOException e) {
            return false;
        }
    }

    /** Opens (and creates, when new) the lake in a local folder, on this process's Spark master. */
    public static Lake open(Path folder) {
        return open(Optional.empty(), folder.toAbsolutePath().toUri().toString());
    }

    public SparkSession spark() {
        return spark;
    }

    public SqlEngine engine() {
        return new SparkSqlEngine(spark);
    }

    /** The lake's location as a URL ({@code file:/...} for a local folder), without a trailing slash. */
    public String root() {
        return root;
    }

    /** The location of one table's Delta folder. */
    public String location(String schema, String table) {
        return root + "/" + schema + "/" + table;
    }

    /** The Delta tables of one schema found in the lake, by name. */
    public List<String> tables(String schema) {
        List<String> tables = new ArrayList<>();
        try {
            org.apache.hadoop.fs.Path folder = new org.apache.hadoop.fs.Path(root + "/" + schema);
            FileSystem files = folder.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!files.exists(folder)) {
                return tables;
            }
            for (FileStatus status : files.listStatus(folder)) {
                if (status.isDirectory()
                        && files.exists(new org.apache.hadoop.fs.Path(status.getPath(), "_delta_log"))) {
                    tables.add(status.getPath().getName());
                }
            }
        } catch (IOException e) {
            throw new DanhgiaException(
                    ErrorCode.WAREHOUSE_UNAVAILABLE, MESSAGES.format("lake.unreadable", root, e.getMessage()), null, e);
        }
        tables.sort(null);
        return tables;
    }

    /** Databases for the schemas, and every Delta table found in the folders (pinned: views as of a time). */
    private void register(Optional<Long> asOf) {
        for (String schema : SCHEMAS) {
            String location = root + "/" + schema;
            if (spark.catalog().databaseExists(schema)) {
                String existing = stripSlash(spark.sql("describe database " + schema)
                        .where("info_name = 'Location'")
                        .first()
                        .getString(1));
                if (!sameLocation(existing, location)) {
                    throw new DanhgiaException(
                            ErrorCode.INTERNAL, MESSAGES.format("lake.oneLakePerSession", existing, location));
                }
            } else {
                spark.sql("create database " + schema + " location '" + location + "'");
            }
            for (String table : tables(schema)) {
                String name = schema + "." + table;
                // the marts are the analysis's output and the audit log records it: both stay tables
                if (asOf.isPresent() && !schema.equals("mart") && !name.equals("meta.audit")) {
                    // each table at its last version committed by then, by number: Delta's own
                    // "timestamp as of" text came back shifted by the JVM's time zone
                    OptionalLong version = versionAt(schema, table, asOf.get());
                    spark.sql("create or replace view " + name + " as select * from delta.`"
                            + location(schema, table) + "` version as of " + version.orElse(0)
                            + (version.isPresent() ? "" : " where false"));
                } else if (!spark.catalog().tableExists(name)) {
                    spark.sql("create table " + name + " using delta location '" + location(schema, table) + "'");
                }
            }
        }
    }

    /** The warehouse DDL with Spark's storage clauses; existing tables are left as they are. */
    private void applySchema() {
        WarehouseSchema schema = WarehouseSchema.fromClasspath();
        for (SqlScript script : schema.scripts()) {
            List<SqlStatement> statements = new ArrayList<>();
            for (SqlStatement statement : script.statements()) {
                Matcher table = CREATE_TABLE.matcher(statement.text());
                // a table found in the lake is registered already: asking Delta again costs a log read
                if (!(table.matches() && spark.catalog().tableExists(table.group(1) + "." + table.group(2)))) {
                    sparkDdl(statement.text())
                            .ifPresent(ddl -> statements.add(new SqlStatement(statement.line(), ddl)));
                }
            }
            SqlPipeline.runSql(engine(), new SqlScript(script.name(), statements));
        }
        try {
            engine().execute(
                            "insert into meta.schema_version select ?, current_timestamp()"
                                    + " where not exists (select 1 from meta.schema_version where version = ?)",
                            List.of(schema.version(), schema.version()));
        } catch (SqlEngine.EngineException e) {
            throw new DanhgiaException(
                    ErrorCode.WAREHOUSE_UNAVAILABLE, MESSAGES.format("lake.unreadable", root, e.getMessage()), null, e);
        }
    }

    /**
     * A DDL statement of the shared schema as Spark runs it: schemas are the lake's databases (made by
     * {@link #register}); a table gets Delta, year partitions and no deletion vectors.
     */
    static Optional<String> sparkDdl(String statement) {
        if (CREATE_SCHEMA.matcher(statement).matches()) {
            return Optional.empty();
        }
        Matcher table = CREATE_TABLE.matcher(statement);
        if (!table.matches()) {
            return Optional.of(statement);
        }
        String partition = YEAR_COLUMN.matcher(table.group(3)).find() ? " partitioned by (year)" : "";
        return Optional.of(
                statement + " using delta" + partition + " tblproperties ('delta.enableDeletionVectors' = 'false')");
    }

    /**
     * A moment as milliseconds since the epoch, from a version of meta.load_log (its commit time: a
     * load's last commit marks meta.load_log, after every table of that load was written)
     * or from a time as given (UTC). Milliseconds, not text, so no time zone of the JVM, the session or a
     * view can shift the moment on its way to Delta.
     */
    private long commitMillis(String asOf) {
        String text = asOf.strip();
        if (text.matches("\\d+")) {
            // the commit time Delta's time travel compares with: the log file's modification time
            // (describe history's timestamp column came back shifted by the JVM's zone here)
            org.apache.hadoop.fs.Path commit = new org.apache.hadoop.fs.Path(
                    location("meta", "load_log") + "/_delta_log/" + String.format("%020d.json", Long.parseLong(text)));
            try {
                FileSystem files = commit.getFileSystem(spark.sparkContext().hadoopConfiguration());
                if (files.exists(commit)) {
                    return files.getFileStatus(commit).getModificationTime();
                }
            } catch (IOException e) {
                throw new DanhgiaException(
                        ErrorCode.WAREHOUSE_UNAVAILABLE,
                        MESSAGES.format("lake.unreadable", root, e.getMessage()),
                        null,
                        e);
            }
            throw new DanhgiaException(
                    ErrorCode.INVALID_USAGE, MESSAGES.format("lake.noSuchVersion", text, location("meta", "load_log")));
        }
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}([ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?")) {
            throw new DanhgiaException(ErrorCode.INVALID_USAGE, MESSAGES.format("lake.badAsOf", asOf));
        }
        String iso = text.replace(' ', 'T');
        java.time.LocalDateTime time =
                iso.length() == 10 ? java.time.LocalDate.parse(iso).atStartOfDay() : java.time.LocalDateTime.parse(iso);
        return time.toInstant(java.time.ZoneOffset.UTC).toEpochMilli();
    }

    /**
     * The last version of a table committed at or before {@code millis}, by the modification times of
     * its log files (the commit times Delta itself uses); empty when the table did not exist yet.
     */
    private OptionalLong versionAt(String schema, String table, long millis) {
        org.apache.hadoop.fs.Path log = new org.apache.hadoop.fs.Path(location(schema, table) + "/_delta_log");
        try {
            FileSystem files = log.getFileSystem(spark.sparkContext().hadoopConfiguration());
            OptionalLong best = OptionalLong.empty();
            for (FileStatus status : files.listStatus(log)) {
                String file = status.getPath().getName();
                if (file.matches("\\d{20}\\.json") && status.getModificationTime() <= millis) {
                    long version = Long.parseLong(file.substring(0, 20));
                    if (best.isEmpty() || version > best.getAsLong()) {
                        best = OptionalLong.of(version);
                    }
                }
            }
            return best;
        } catch (IOException e) {
            throw new DanhgiaException(
                    ErrorCode.WAREHOUSE_UNAVAILABLE, MESSAGES.format("lake.unreadable", root, e.getMessage()), null, e);
        }
    }

    private static String normalize(String location) {
        String text = location.strip();
        if (text.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return text;
        }
        return Path.of(text).toAbsolutePath().normalize().toUri().toString();
    }

    private static boolean sameLocation(String a, String b) {
        return URI.create(stripSlash(a))
                .normalize()
                .getPath()
                .equals(URI.create(stripSlash(b)).normalize().getPath());
    }

    private static String stripSlash(String text) {
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
