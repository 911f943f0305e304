package vn.danhgia.analytics.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.delta.kernel.Snapshot;
import io.delta.kernel.TableManager;
import io.delta.kernel.defaults.engine.DefaultEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.analytics.analyze.Analyzer;
import vn.danhgia.analytics.analyze.Thresholds;
import vn.danhgia.core.rules.RuleBook;
import vn.danhgia.core.warehouse.WarehouseSnapshot;
import vn.danhgia.core.warehouse.Warehouses;
import vn.danhgia.etl.generate.Generator;
import vn.danhgia.etl.generate.GeneratorOptions;
import vn.danhgia.etl.lake.DeltaLoader;
import vn.danhgia.etl.lake.Lake;
import vn.danhgia.etl.load.LoadProgress;
import vn.danhgia.etl.load.Loader;
import vn.danhgia.etl.load.PseudonymKey;
import vn.danhgia.etl.read.ReadHints;

/**
 * One generated district through both paths: the DuckDB load and analysis, and the Delta load and the
 * Spark analysis. The lake is loaded in two steps (every year but the last, then everything), so the
 * same run also checks idempotence (loading the same files again) and time travel: analyzed as of the
 * first load, after the second, the lake gives the findings DuckDB gives for the first load's files.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeltaParityIT {
    private static final Set<String> LOAD_IDS = Set.of("load_id");
    private static final int SEED = 2025;

    @TempDir
    static Path folder;

    static Path data;
    static Path duckdb;
    static Path lakeFolder;
    static Lake lake;
    static String firstLoadVersion;
    static List<String> firstFindings;
    static List<String> secondFindings;

    @BeforeAll
    static void loadAndAnalyzeBothWays() throws Exception {
        data = folder.resolve("district");
        new Generator(GeneratorOptions.parse("district", "2018-2025", SEED, data, "mixed")).run();
        Path partial = folder.resolve("district-without-2025");
        copyWithout(data, partial, data.resolve("2025"));

        long started = System.nanoTime();
        duckdb = folder.resolve("warehouse.duckdb");
        loadAndAnalyze(data, duckdb);
        Path partialDuckdb = folder.resolve("without-2025.duckdb");
        loadAndAnalyze(partial, partialDuckdb);
        try (Connection connection = readOnly(partialDuckdb)) {
            firstFindings = TableContent.fromDuckdb(connection, "mart.findings", Set.of());
        }
        try (Connection connection = readOnly(duckdb)) {
            secondFindings = TableContent.fromDuckdb(connection, "mart.findings", Set.of());
        }
        log("DuckDB loads and analyses (every year, and without 2025)", started);

        lakeFolder = folder.resolve("lake");
        started = System.nanoTime();
        lake = Lake.open(lakeFolder);
        deltaLoader().load(lake, request(partial, duckdb), PseudonymKey.demo(), LoadProgress.NONE);
        firstLoadVersion = String.valueOf(latestVersion(lake, "meta", "load_log"));
        log("Delta load without 2025", started);

        started = System.nanoTime();
        deltaLoader().load(lake, request(data, duckdb), PseudonymKey.demo(), LoadProgress.NONE);
        log("Delta load of every year", started);
        started = System.nanoTime();
        analyzer().analyze(lake.engine());
        log("Spark analysis of every year", started);
    }

    private static void loadAndAnalyze(Path input, Path warehouse) throws SQLException {
        loader().load(request(input, warehouse), PseudonymKey.demo(), LoadProgress.NONE);
        try (WarehouseSnapshot snapshot = WarehouseSnapshot.begin(warehouse, "analyze-parity")) {
            analyzer().analyze(snapshot.connection());
            snapshot.publish();
        }
    }

    @Test
    @Order(1)
    void theMartsFindingsAndCoreTablesOfBothPathsAreIdenticalRowByRow() throws SQLException {
        Map<String, Integer> compared = new LinkedHashMap<>();
        try (Connection connection = readOnly(duckdb)) {
            for (String table : tables(connection, "mart", "core", "restricted")) {
                List<String> expected = TableContent.fromDuckdb(connection, table, LOAD_IDS);
                List<String> actual = TableContent.fromSpark(lake.spark(), table, LOAD_IDS);
                assertThat(actual).as(table).containsExactlyElementsOf(expected);
                compared.put(table, expected.size());
            }
        }
        System.out.println("parity: identical on both paths: " + compared);
        assertThat(compared).containsKeys("mart.findings", "mart.level_distribution", "core.member_rating");
        assertThat(compared.get("mart.findings")).isGreaterThan(50);
        assertThat(compared.get("core.member_rating")).isGreaterThan(50_000);
    }

    @Test
    @Order(2)
    void everyDeltaTableOpensWithAPlainSparkReadAndWithDeltaKernel() {
        DefaultEngine kernel = DefaultEngine.create(new org.apache.hadoop.conf.Configuration());
        int tables = 0;
        for (String schema : Lake.SCHEMAS) {
            for (String table : lake.tables(schema)) {
                String location = lake.location(schema, table);
                long plain = lake.spark().read().format("delta").load(location).count();
                assertThat(plain)
                        .as(schema + "." + table)
                        .isEqualTo(lake.spark().table(schema + "." + table).count());
                Snapshot snapshot = TableManager.loadSnapshot(location).build(kernel);
                List<String> kernelColumns = snapshot.getSchema().fieldNames();
                assertThat(kernelColumns)
                        .as(schema + "." + table)
                        .containsExactlyInAnyOrder(
                                lake.spark().table(schema + "." + table).columns());
                assertThat(snapshot.getTableProperties())
                        .as(schema + "." + table)
                        .doesNotContainEntry("delta.enableDeletionVectors", "true");
                tables++;
            }
        }
        assertThat(tables).isGreaterThan(40);
    }

    @Test
    @Order(3)
    void loadingTheSameFilesAgainLeavesEveryTableUnchanged() {
        Map<String, List<String>> before = content(lake);
        long versionBefore = latestVersion(lake, "core", "member_rating");
        long logVersionBefore = latestVersion(lake, "meta", "load_log");
        long started = System.nanoTime();
        deltaLoader().load(lake, request(data, duckdb), PseudonymKey.demo(), LoadProgress.NONE);
        log("Delta load of the same files again", started);

        Lake again = Lake.open(lakeFolder); // a new session sees the lake as a later process would
        Map<String, List<String>> after = content(again);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (String table : before.keySet()) {
            assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
        }
        // nothing changed in raw, so the Spark pipeline was skipped: core has no new version, the log has
        assertThat(latestVersion(again, "core", "member_rating")).isEqualTo(versionBefore);
        assertThat(latestVersion(again, "meta", "load_log")).isGreaterThan(logVersionBefore);
    }

    @Test
    @Order(4)
    void analyzingAsOfTheFirstLoadGivesTheFirstAnswerAfterTheSecondLoad() {
        // the first answer is the DuckDB analysis of the first load's files, itself checked by parity
        assertThat(firstFindings).isNotEqualTo(secondFindings);
        Lake pinned = Lake.pinned(Optional.empty(), lakeFolder.toUri().toString(), firstLoadVersion);
        long started = System.nanoTime();
        Analyzer.Result result = analyzer().analyze(pinned.engine());
        log("Spark analysis as of version " + firstLoadVersion, started);

        assertThat(result.failedTests()).isEmpty();
        assertThat(TableContent.fromSpark(pinned.spark(), "mart.findings", Set.of()))
                .containsExactlyElementsOf(firstFindings);
    }

    /** Every table of raw, staging, core, meta and restricted (not the marts: analyses rewrite them). */
    private static Map<String, List<String>> content(Lake lake) {
        Map<String, List<String>> content = new LinkedHashMap<>();
        for (String schema : List.of("raw", "staging", "core", "meta", "restricted")) {
            for (String table : lake.tables(schema)) {
                // the audit log grows by design; the schema version row records when it was applied
                if (!table.equals("audit")) {
                    content.put(
                            schema + "." + table, TableContent.fromSpark(lake.spark(), schema + "." + table, Set.of()));
                }
            }
        }
        return content;
    }

    private static long latestVersion(Lake lake, String schema, String table) {
        return lake.spark()
                .sql("describe history delta.`" + lake.location(schema, table) + "` limit 1")
                .first()
                .getLong(0);
    }

    private static List<String> tables(Connection connection, String... schemas) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("select table_schema || '.' || table_name from information_schema.tables"
                                + " where table_schema in ('" + String.join("', '", schemas) + "') order by 1")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static Connection readOnly(Path file) throws SQLException {
        return Warehouses.open(file, Warehouses.Mode.READ_ONLY);
    }

    private static Loader.Request request(Path input, Path warehouse) {
        return new Loader.Request(List.of(input), warehouse, ReadHints.none(), false);
    }

    private static Loader loader() {
        return new Loader(Clock.systemUTC(), RuleBook.defaults());
    }

    private static DeltaLoader deltaLoader() {
        return new DeltaLoader(Clock.systemUTC(), RuleBook.defaults());
    }

    private static Analyzer analyzer() {
        return new Analyzer(Thresholds.builtIn(), Clock.systemUTC());
    }

    private static void copyWithout(Path from, Path to, Path excluded) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.filter(path -> !path.startsWith(excluded)).toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static void log(String what, long started) {
        System.out.printf("parity: %s in %.1f s%n", what, (System.nanoTime() - started) / 1e9);
    }
}
