package vn.danhgia.etl.lake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.rules.RuleBook;
import vn.danhgia.core.sql.SqlPipeline;
import vn.danhgia.core.sql.WarehouseSchema;
import vn.danhgia.core.warehouse.Warehouses;
import vn.danhgia.etl.load.LoadProgress;
import vn.danhgia.etl.load.LoadReport;
import vn.danhgia.etl.load.Loader;
import vn.danhgia.etl.load.PseudonymKey;

/**
 * {@code danhgia load --store delta}: the units' files into the Delta Lake warehouse.
 *
 * <ol>
 *   <li>The same Java readers and the same loader as the DuckDB store run on a scratch DuckDB file that
 *       holds the lake's raw rows and load log: that is where a file's rows become raw rows, where
 *       supersession and {@code --strict} are decided and where the per-file report is counted.
 *   <li>The tables Java writes (raw rows, load log, reference data, the unit registry's dimensions) go
 *       back to the lake: raw tables by a MERGE keyed by each row's lineage (load, file, sheet, row,
 *       year), so an unchanged file's rows stay untouched and each file's rows land in one commit;
 *       the small tables are overwritten only when their content changed.
 *   <li>The {@code load} pipeline's SQL (sql/staging, sql/core, sql/load) then runs on Spark SQL over
 *       the Delta tables, exactly the text DuckDB runs, and builds staging, rejects and core.
 * </ol>
 *
 * A failure before the last step leaves the lake's core tables as they were; Delta commits are atomic
 * per table, and the pipeline rebuilds everything from raw, so loading again repairs a broken run.
 */
public final class DeltaLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DeltaLoader.class);

    /** Raw tables: merged row by row on their lineage. */
    static final List<String> RAW_TABLES = List.of(
            "raw.member_rating",
            "raw.org_rating",
            "raw.leader_rating",
            "raw.summary_report",
            "raw.discipline",
            "raw.shortcoming",
            "raw.monthly_score",
            "raw.task_result",
            "raw.submission",
            "raw.unit_registry",
            "raw.person_link");

    /** Tables Java writes besides raw (the load log, reference data, the registry's dimensions). */
    static final List<String> JAVA_TABLES = List.of(
            "meta.load_log",
            "meta.read_issue",
            "meta.level_spelling",
            "meta.unit_type_spelling",
            "meta.unit_text_key",
            "meta.folder_segment",
            "meta.reject_reason",
            "meta.field_label",
            "meta.pseudonym_key",
            "meta.audit",
            "core.dim_unit",
            "core.unit_lineage",
            "core.unit_mapping",
            "core.unit_alias",
            "core.dim_rule_year");

    /** Every table Java writes, raw first: copied to the scratch warehouse and back. */
    static final List<String> SYNCED_TABLES =
            Stream.concat(RAW_TABLES.stream(), JAVA_TABLES.stream()).toList();

    private static final String LINEAGE = "t.load_id <=> s.load_id and t.source_file <=> s.source_file"
            + " and t.source_sheet <=> s.source_sheet and t.source_row <=> s.source_row";

    /** The table property of meta.load_log saying staging and core are built from raw as it is. */
    static final String BUILT = "danhgia.coreBuilt";

    private final Clock clock;
    private final RuleBook rules;

    public DeltaLoader(Clock clock, RuleBook rules) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** Loads {@code request}'s files (its warehouse is ignored) into {@code lake}. */
    public LoadReport load(Lake lake, Loader.Request request, PseudonymKey key, LoadProgress progress) {
        Path scratch = scratchFolder();
        try {
            Path warehouse = scratch.resolve("scratch.duckdb");
            long started = System.nanoTime();
            hydrate(lake, scratch, warehouse);
            LOG.info(
                    "{}: raw rows and load log copied to the scratch warehouse in {} ms", lake.root(), millis(started));
            Loader.Request local = new Loader.Request(request.paths(), warehouse, request.hints(), request.strict());
            LoadReport report = new Loader(clock, rules).load(local, key, progress);
            long syncing = System.nanoTime();
            boolean wasBuilt = built(lake);
            markBuilt(lake, false);
            boolean changed = syncBack(lake, scratch, warehouse);
            LOG.info("{}: raw rows and reference tables merged in {} ms", lake.root(), millis(syncing));
            if (changed || !wasBuilt) {
                long transforming = System.nanoTime();
                SqlPipeline.fromClasspath("load").run(lake.engine(), Map.of());
                LOG.info("{}: staging and core rebuilt on Spark in {} ms", lake.root(), millis(transforming));
            } else {
                LOG.info("{}: nothing changed in raw or reference tables, staging and core kept", lake.root());
            }
            markBuilt(lake, true);
            return new LoadReport(
                    report.loadId(),
                    Path.of(lake.root()),
                    report.files(),
                    report.provisionalUnits(),
                    report.time().plusNanos(System.nanoTime() - syncing));
        } finally {
            deleteQuietly(scratch);
        }
    }

    /** The lake's raw rows and the tables Java reads back (load log, pseudonym key) into a new DuckDB file. */
    private static void hydrate(Lake lake, Path scratch, Path warehouse) {
        SparkSession spark = lake.spark();
        try (Connection connection = Warehouses.open(warehouse, Warehouses.Mode.WRITABLE)) {
            WarehouseSchema.fromClasspath().apply(connection);
            execute(connection, "set TimeZone = 'UTC'");
            for (String table : SYNCED_TABLES) {
                if (spark.table(table).isEmpty()) {
                    continue;
                }
                Path parquet = scratch.resolve("in").resolve(table);
                spark.table(table).write().mode("overwrite").parquet(parquet.toString());
                execute(connection, "delete from " + table);
                execute(
                        connection,
                        "insert into " + table + " by name select * from read_parquet(?)",
                        parquet.resolve("*.parquet").toString());
            }
        } catch (SQLException e) {
            throw new DanhgiaException(ErrorCode.WAREHOUSE_UNAVAILABLE, warehouse + ": " + e.getMessage(), null, e);
        }
    }

    /**
     * Whether staging and core were built from the lake's raw rows as they are: a table property of the
     * load log, set false before raw rows change and true once the pipeline has run, so that a load that
     * changes nothing skips the pipeline, and a load after a crash between the two never does.
     */
    private static boolean built(Lake lake) {
        return lake.spark().sql("show tblproperties meta.load_log ('" + BUILT + "')").collectAsList().stream()
                .anyMatch(row -> "true".equals(row.getString(1)));
    }

    private static void markBuilt(Lake lake, boolean built) {
        lake.spark().sql("alter table meta.load_log set tblproperties ('" + BUILT + "' = '" + built + "')");
    }

    /**
     * What Java wrote in the scratch warehouse back to the lake: raw rows by MERGE, small tables when
     * changed. Returns whether any row changed.
     */
    private static boolean syncBack(Lake lake, Path scratch, Path warehouse) {
        SparkSession spark = lake.spark();
        List<String> tables = SYNCED_TABLES;
        try (Connection connection = Warehouses.open(warehouse, Warehouses.Mode.READ_ONLY)) {
            for (String table : tables) {
                Path parquet = scratch.resolve("out").resolve(table + ".parquet");
                Files.createDirectories(parquet.getParent());
                execute(connection, "copy (select * from " + table + ") to ? (format parquet)", parquet.toString());
            }
        } catch (SQLException | IOException e) {
            throw new DanhgiaException(ErrorCode.WAREHOUSE_UNAVAILABLE, warehouse + ": " + e.getMessage(), null, e);
        }
        boolean changed = false;
        for (String table : tables) {
            String columns = Arrays.stream(spark.table(table).columns())
                    .map(column -> "`" + column + "`")
                    .collect(Collectors.joining(", "));
            String source = "(select " + columns + " from parquet.`"
                    + scratch.resolve("out").resolve(table + ".parquet") + "`)";
            if (RAW_TABLES.contains(table)) {
                // the year too where there is one: it is the partition column, so the merge prunes by it
                String key = Arrays.asList(spark.table(table).columns()).contains("year")
                        ? LINEAGE + " and t.year <=> s.year"
                        : LINEAGE;
                // the merge answers with its counts: num_affected_rows first
                long affected = spark.sql("merge into " + table + " t using " + source + " s on " + key
                                + " when not matched then insert * when not matched by source then delete")
                        .first()
                        .getLong(0);
                changed |= affected > 0;
            } else if (changed(spark, table, source)) {
                spark.sql("insert overwrite table " + table + " " + source.substring(1, source.length() - 1));
                changed = true;
            }
        }
        return changed;
    }

    /** Whether a table's rows differ from the source's, duplicates counted. */
    private static boolean changed(SparkSession spark, String table, String source) {
        long missing = spark.sql(
                        "select count(*) from (select * from " + source + " s except all select * from " + table + ")")
                .first()
                .getLong(0);
        long extra = spark.sql(
                        "select count(*) from (select * from " + table + " except all select * from " + source + " s)")
                .first()
                .getLong(0);
        return missing + extra > 0;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** A statement with one value bound (DuckDB takes a file path as a parameter, in COPY and read_parquet too). */
    private static void execute(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            statement.execute();
        }
    }

    private static Path scratchFolder() {
        try {
            return Files.createTempDirectory("danhgia-delta-load-");
        } catch (IOException e) {
            throw new DanhgiaException(ErrorCode.INTERNAL, "Cannot make a scratch folder: " + e.getMessage(), null, e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            List<Path> all = new ArrayList<>(paths.toList());
            all.sort(Comparator.reverseOrder());
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warn("{}: scratch folder left behind: {}", folder, e.getMessage());
        }
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
