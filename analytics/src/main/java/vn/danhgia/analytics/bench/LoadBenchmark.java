package vn.danhgia.analytics.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.core.rules.RuleBook;
import vn.danhgia.core.text.EncodingDetector;
import vn.danhgia.core.text.TextEncoding;
import vn.danhgia.core.warehouse.Warehouses;
import vn.danhgia.etl.generate.Generator;
import vn.danhgia.etl.generate.GeneratorOptions;
import vn.danhgia.etl.load.LoadProgress;
import vn.danhgia.etl.load.LoadReport;
import vn.danhgia.etl.load.Loader;
import vn.danhgia.etl.load.PseudonymKey;
import vn.danhgia.etl.read.ReadHints;

/**
 * {@code danhgia bench load}: our load of generated CSV files, next to DuckDB's plain read of the same
 * files into untyped tables, timed in the same run on the same machine. The figure that matters is the
 * ratio (target at most 2.0); the absolute seconds depend on the machine.
 */
public final class LoadBenchmark {
    private static final Messages MESSAGES = Messages.of("vn.danhgia.analytics.bench.messages");
    public static final double TARGET_RATIO = 2.0;

    /** The measured figures of one run. */
    public record Result(long files, long rows, double baselineSeconds, double loadSeconds) {
        public double ratio() {
            return loadSeconds / baselineSeconds;
        }
    }

    private final Path work;

    public LoadBenchmark(Path work) {
        this.work = work;
    }

    public Result run(String scale, long seed, PrintWriter out) throws IOException, SQLException {
        Path data = work.resolve(scale + "-csv-" + seed);
        if (!Files.isRegularFile(data.resolve("manifest.json"))) {
            out.println(MESSAGES.format("bench.generating", scale, data));
            out.flush();
            new Generator(GeneratorOptions.parse(scale, "2018-2025", seed, data, "csv")).run();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data)) {
            // the generator's answer key (truth/) is not a unit's file: neither side loads it
            files = walk.filter(file -> file.toString().endsWith(".csv"))
                    .filter(file -> !file.startsWith(data.resolve("truth")))
                    .sorted()
                    .toList();
        }

        Path baselineWarehouse = work.resolve("baseline.duckdb");
        Files.deleteIfExists(baselineWarehouse);
        long started = System.nanoTime();
        long rows = baseline(files, baselineWarehouse);
        double baselineSeconds = (System.nanoTime() - started) / 1e9;
        out.println(MESSAGES.format("bench.baseline", files.size(), rows, seconds(baselineSeconds)));
        out.flush();

        Path warehouse = work.resolve("load.duckdb");
        Files.deleteIfExists(warehouse);
        System.gc();
        Heap.resetPeaks();
        started = System.nanoTime();
        LoadReport report = new Loader(Clock.systemUTC(), RuleBook.defaults())
                .load(
                        new Loader.Request(List.of(data), warehouse, ReadHints.none(), false),
                        PseudonymKey.demo(),
                        LoadProgress.NONE);
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        out.println(MESSAGES.format(
                "bench.load",
                report.files().size(),
                report.rowsRead(),
                seconds(loadSeconds),
                Math.round(report.rowsRead() / loadSeconds)));
        out.println(MESSAGES.format(
                "bench.heap",
                Heap.peakUsed() / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        Result result = new Result(files.size(), report.rowsRead(), baselineSeconds, loadSeconds);
        out.println(MESSAGES.format(
                "bench.ratio",
                String.format(Locale.ROOT, "%.2f", result.ratio()),
                String.format(Locale.ROOT, "%.1f", TARGET_RATIO),
                MESSAGES.format(result.ratio() <= TARGET_RATIO ? "bench.met" : "bench.missed")));
        out.flush();
        return result;
    }

    /** The widest file has fewer columns than this; narrower rows are padded with nulls. */
    private static final int BASELINE_COLUMNS = 40;

    /**
     * DuckDB's own CSV reader, every column as text, all files into one untyped table: the floor to
     * compare with (no detection, no typing, no checks).
     */
    private static long baseline(List<Path> files, Path warehouse) throws IOException, SQLException {
        StringBuilder columns = new StringBuilder();
        for (int column = 0; column < BASELINE_COLUMNS; column++) {
            columns.append(column == 0 ? "" : ", ")
                    .append("column")
                    .append(column)
                    .append(" varchar");
        }
        try (Connection connection = Warehouses.open(warehouse, Warehouses.Mode.WRITABLE)) {
            try (var statement = connection.createStatement()) {
                statement.execute("create table baseline (" + columns + ")");
            }
            // each file as DuckDB sniffs it (dialect, column count), appended by column name to one table
            try (PreparedStatement read = connection.prepareStatement("create or replace temporary table one_file as"
                            + " select * from read_csv(?, header = false, all_varchar = true, null_padding = true,"
                            + " ignore_errors = true, strict_mode = false, encoding = ?)");
                    var append = connection.createStatement()) {
                for (Path file : files) {
                    read.setString(1, file.toString());
                    read.setString(2, duckdbEncoding(file));
                    read.execute();
                    int width;
                    try (var described = append.executeQuery("select count(*) from (describe one_file)")) {
                        described.next();
                        width = Math.min(described.getInt(1), BASELINE_COLUMNS);
                    }
                    StringBuilder names = new StringBuilder();
                    for (int column = 0; column < width; column++) {
                        names.append(column == 0 ? "" : ", ").append("column").append(column);
                    }
                    append.execute("insert into baseline (" + names + ") select * from one_file");
                }
            }
            try (var statement = connection.createStatement();
                    var count = statement.executeQuery("select count(*) from baseline")) {
                count.next();
                return count.getLong(1);
            }
        }
    }

    /** DuckDB reads UTF-8 and UTF-16 itself; the Vietnamese legacy encodings are read byte for byte as Latin-1. */
    private static String duckdbEncoding(Path file) throws IOException {
        TextEncoding encoding = EncodingDetector.detect(Files.readAllBytes(file));
        return switch (encoding) {
            case UTF8, UTF8_BOM -> "utf-8";
            case UTF16LE_BOM, UTF16BE_BOM -> "utf-16";
            case WINDOWS_1258, TCVN3, VNI -> "latin-1";
        };
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
