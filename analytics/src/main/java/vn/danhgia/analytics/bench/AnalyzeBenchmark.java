package vn.danhgia.analytics.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import vn.danhgia.analytics.analyze.Analyzer;
import vn.danhgia.analytics.analyze.Thresholds;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.core.rules.RuleBook;
import vn.danhgia.core.warehouse.Warehouses;
import vn.danhgia.etl.generate.Generator;
import vn.danhgia.etl.generate.GeneratorOptions;
import vn.danhgia.etl.lake.Lake;
import vn.danhgia.etl.lake.SparkSessions;
import vn.danhgia.etl.load.LoadProgress;
import vn.danhgia.etl.load.LoadReport;
import vn.danhgia.etl.load.Loader;
import vn.danhgia.etl.load.PseudonymKey;
import vn.danhgia.etl.read.ReadHints;

/**
 * {@code danhgia bench analyze}: the same analysis ({@link Analyzer}: marts, statistics, detectors, mart
 * data tests) on DuckDB and on Spark SQL in local mode over Delta tables holding the same rows, timed in
 * the same run on the same machine. The data is generated and loaded into DuckDB once (kept under the
 * work folder); the lake is filled from that DuckDB file through Parquet, not by a Delta load, because
 * the load is not what is measured. Nothing here is a target: the figures show where each engine pays off.
 */
public final class AnalyzeBenchmark {
    private static final Messages MESSAGES = Messages.of("vn.danhgia.analytics.bench.messages");

    /** The schemas copied into the lake; the marts are what the analysis writes. */
    static final List<String> COPIED_SCHEMAS = List.of("raw", "staging", "core", "meta", "restricted");

    private static final String YEARS = "2018-2025";
    private static final String LAKE_COMPLETE = "lake-complete";

    /** One engine's run of the analysis. */
    public record Run(String engine, double seconds, long findings, long peakHeapBytes, Analyzer.Result result) {}

    /** The measured figures of one benchmark. */
    public record Result(long memberRatings, double sparkStartSeconds, Run duckdb, Run spark) {
        public double ratio() {
            return spark.seconds() / duckdb.seconds();
        }

        public boolean sameFindings() {
            return duckdb.findings() == spark.findings();
        }
    }

    private final Path work;

    public AnalyzeBenchmark(Path work) {
        this.work = work;
    }

    public Result run(String scale, long seed, PrintWriter out) throws IOException, SQLException {
        return run(scale, YEARS, seed, out);
    }

    /** The benchmark on generated data of a scale and years (tests use the small {@code test} scale). */
    public Result run(String scale, String years, long seed, PrintWriter out) throws IOException, SQLException {
        Files.createDirectories(work);
        String suffix = years.equals(YEARS) ? "" : "-" + years;
        Path data = work.resolve(scale + "-csv-" + seed + suffix);
        if (!Files.isRegularFile(data.resolve("manifest.json"))) {
            out.println(MESSAGES.format("bench.generating", scale, data));
            out.flush();
            new Generator(GeneratorOptions.parse(scale, years, seed, data, "csv")).run();
        }
        Path loaded = work.resolve(scale + "-analyze-" + seed + suffix + ".duckdb");
        if (!Files.isRegularFile(loaded)) {
            load(data, loaded, out);
        }
        Path lakeDir = work.resolve(scale + "-lake-" + seed + suffix);

        // Spark's session start, timed on its own: the context is made here and reused by the lake
        long started = System.nanoTime();
        SparkSessions.fresh(Optional.empty());
        double sparkStart = (System.nanoTime() - started) / 1e9;

        Lake lake;
        if (Files.isRegularFile(lakeDir.resolve(LAKE_COMPLETE))) {
            out.println(MESSAGES.format("bench.analyze.lakeReused", lakeDir));
            out.flush();
            lake = Lake.open(Optional.empty(), lakeDir.toString());
        } else {
            deleteTree(lakeDir);
            out.println(MESSAGES.format("bench.analyze.lakeBuilding", lakeDir));
            out.flush();
            started = System.nanoTime();
            lake = Lake.open(Optional.empty(), lakeDir.toString());
            long copiedRows = fillLake(lake, loaded, work.resolve(scale + "-parquet-" + seed + suffix));
            Files.writeString(lakeDir.resolve(LAKE_COMPLETE), loaded.getFileName() + "\n");
            out.println(MESSAGES.format(
                    "bench.analyze.lakeBuilt", copiedRows, seconds((System.nanoTime() - started) / 1e9)));
            out.flush();
        }

        // the same thresholds and the rule years the load wrote, on both sides
        Analyzer analyzer = new Analyzer(Thresholds.builtIn(), Optional.empty(), Clock.systemUTC());

        Path copy = work.resolve(scale + "-analyze-run.duckdb");
        Files.copy(loaded, copy, StandardCopyOption.REPLACE_EXISTING);
        Run duckdb;
        long memberRatings;
        try (Connection connection = Warehouses.open(copy, Warehouses.Mode.WRITABLE)) {
            memberRatings = count(connection, "core.member_rating");
            out.println(MESSAGES.format("bench.analyze.running", "DuckDB"));
            out.flush();
            System.gc();
            Heap.resetPeaks();
            started = System.nanoTime();
            Analyzer.Result result = analyzer.analyze(connection);
            double elapsed = (System.nanoTime() - started) / 1e9;
            duckdb = new Run("DuckDB", elapsed, result.findings(), Heap.peakUsed(), result);
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + ".wal"));
        }

        out.println(MESSAGES.format("bench.analyze.running", "Spark " + master(lake.spark())));
        out.flush();
        System.gc();
        Heap.resetPeaks();
        started = System.nanoTime();
        Analyzer.Result sparkResult = analyzer.analyze(lake.engine());
        double sparkSeconds = (System.nanoTime() - started) / 1e9;
        Run spark = new Run("Spark", sparkSeconds, sparkResult.findings(), Heap.peakUsed(), sparkResult);

        Result result = new Result(memberRatings, sparkStart, duckdb, spark);
        print(result, scale, master(lake.spark()), out);
        return result;
    }

    private static void load(Path data, Path loaded, PrintWriter out) throws IOException {
        out.println(MESSAGES.format("bench.analyze.loading", data, loaded));
        out.flush();
        Path building = loaded.resolveSibling(loaded.getFileName() + ".building");
        Files.deleteIfExists(building);
        long started = System.nanoTime();
        LoadReport report = new Loader(Clock.systemUTC(), RuleBook.defaults())
                .load(
                        new Loader.Request(List.of(data), building, ReadHints.none(), false),
                        PseudonymKey.demo(),
                        LoadProgress.NONE);
        Files.move(building, loaded, StandardCopyOption.ATOMIC_MOVE);
        out.println(MESSAGES.format(
                "bench.analyze.loaded", report.rowsRead(), seconds((System.nanoTime() - started) / 1e9)));
        out.flush();
    }

    /**
     * Every table of the copied schemas, from the DuckDB file into the lake's (empty, just created) Delta
     * table of the same name: DuckDB writes a Parquet file, Spark inserts its columns by name.
     */
    static long fillLake(Lake lake, Path warehouse, Path parquetDir) throws IOException, SQLException {
        deleteTree(parquetDir);
        Files.createDirectories(parquetDir);
        SparkSession spark = lake.spark();
        long rows = 0;
        try (Connection connection = Warehouses.open(warehouse, Warehouses.Mode.READ_ONLY);
                Statement statement = connection.createStatement()) {
            statement.execute("set TimeZone = 'UTC'");
            List<String> tables = new ArrayList<>();
            try (PreparedStatement list = connection.prepareStatement("select table_schema || '.' || table_name"
                    + " from information_schema.tables where table_type = 'BASE TABLE'"
                    + " and table_schema in (" + String.join(", ", Collections.nCopies(COPIED_SCHEMAS.size(), "?"))
                    + ") order by 1")) {
                for (int index = 0; index < COPIED_SCHEMAS.size(); index++) {
                    list.setString(index + 1, COPIED_SCHEMAS.get(index));
                }
                try (ResultSet listed = list.executeQuery()) {
                    while (listed.next()) {
                        tables.add(listed.getString(1));
                    }
                }
            }
            for (String table : tables) {
                long count = count(connection, table);
                if (count == 0 || !spark.catalog().tableExists(table)) {
                    continue;
                }
                Path parquet = parquetDir.resolve(table + ".parquet");
                try (PreparedStatement copy =
                        connection.prepareStatement("copy (select * from " + table + ") to ? (format parquet)")) {
                    copy.setString(1, parquet.toString());
                    copy.execute();
                }
                String columns = Arrays.stream(spark.table(table).columns())
                        .map(column -> "`" + column + "`")
                        .collect(Collectors.joining(", "));
                // overwrite: meta.schema_version already holds the row the lake's creation wrote
                spark.sql("insert overwrite table " + table + " select " + columns + " from parquet.`" + parquet + "`");
                Files.delete(parquet);
                rows += count;
            }
        }
        deleteTree(parquetDir);
        return rows;
    }

    /** Whole numbers as the messages print them (Vietnamese 1.234, English 1,234); seconds as 1.2. */
    private void print(Result result, String scale, String master, PrintWriter out) {
        out.println();
        out.println(MESSAGES.format(
                "bench.analyze.title",
                scale,
                result.memberRatings(),
                master,
                Runtime.getRuntime().availableProcessors()));
        String format = "%-8s %14s %12s %22s %16s %20s%n";
        out.printf(
                Locale.ROOT,
                format,
                MESSAGES.format("bench.analyze.engine"),
                MESSAGES.format("bench.analyze.seconds"),
                MESSAGES.format("bench.analyze.findings"),
                MESSAGES.format("bench.analyze.rowsPerSecond"),
                MESSAGES.format("bench.analyze.ratio"),
                MESSAGES.format("bench.analyze.heap"));
        for (Run run : List.of(result.duckdb(), result.spark())) {
            out.printf(
                    Locale.ROOT,
                    format,
                    run.engine(),
                    String.format(Locale.ROOT, "%.1f", run.seconds()),
                    String.format(Messages.locale(), "%,d", run.findings()),
                    String.format(Messages.locale(), "%,d", Math.round(result.memberRatings() / run.seconds())),
                    String.format(
                            Locale.ROOT, "%.2f", run.seconds() / result.duckdb().seconds()),
                    String.format(Messages.locale(), "%,d", run.peakHeapBytes() / (1024 * 1024)));
        }
        out.println(MESSAGES.format(
                "bench.analyze.sparkStart",
                String.format(Locale.ROOT, "%.1f", result.sparkStartSeconds()),
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        out.println(MESSAGES.format("bench.analyze.ratioLine", String.format(Locale.ROOT, "%.2f", result.ratio())));
        if (result.sameFindings()) {
            out.println(MESSAGES.format("bench.analyze.sameFindings"));
        } else {
            out.println(MESSAGES.format(
                    "bench.analyze.differentFindings",
                    differences(result.duckdb().result(), result.spark().result())));
        }
        out.println();
        out.println(MESSAGES.format("bench.analyze.note"));
        out.flush();
    }

    /** The detector and year pairs whose counts differ, as {@code detector year: duckdb/spark}. */
    static String differences(Analyzer.Result duckdb, Analyzer.Result spark) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Analyzer.FindingCount count : duckdb.counts()) {
            counts.computeIfAbsent(count.detector() + " " + count.year(), key -> new long[2])[0] += count.findings();
        }
        for (Analyzer.FindingCount count : spark.counts()) {
            counts.computeIfAbsent(count.detector() + " " + count.year(), key -> new long[2])[1] += count.findings();
        }
        return counts.entrySet().stream()
                .filter(entry -> entry.getValue()[0] != entry.getValue()[1])
                .map(entry -> entry.getKey() + ": " + entry.getValue()[0] + "/" + entry.getValue()[1])
                .collect(Collectors.joining(", "));
    }

    private static String master(SparkSession spark) {
        return spark.sparkContext().master();
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
