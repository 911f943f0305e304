package vn.danhgia.analytics.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danhgia.analytics.analyze.Analyzer;
import vn.danhgia.analytics.analyze.Thresholds;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.core.rules.RuleBook;
import vn.danhgia.core.warehouse.WarehouseSnapshot;
import vn.danhgia.etl.generate.Generator;
import vn.danhgia.etl.generate.GeneratorOptions;
import vn.danhgia.etl.load.LoadProgress;
import vn.danhgia.etl.load.LoadReport;
import vn.danhgia.etl.load.Loader;
import vn.danhgia.etl.load.PseudonymKey;
import vn.danhgia.etl.read.ReadHints;

/**
 * {@code danhgia bench serve}: the dashboard server ({@code bin/danhgia serve}, its own JVM) on a generated,
 * loaded and analyzed warehouse, driven by wrk with 32 concurrent connections on the overview page, one
 * chart and, as the baseline measured in the same run by the same server, a static file. The targets are
 * a p99 of at most 100 ms for the overview and the chart (set for a city warehouse) and a server RSS of
 * at most 400 MB; any response that is not 2xx, and any socket error, fails the run.
 */
public final class ServeBenchmark {
    private static final Messages MESSAGES = Messages.of("vn.danhgia.analytics.bench.messages");
    public static final double TARGET_P99_MILLIS = 100;
    public static final long TARGET_RSS_MEGABYTES = 400;
    public static final int CONNECTIONS = 32;
    public static final int THREADS = 2;
    public static final int WARM_UP_SECONDS = 5;
    /** wrk's own default (2 s) would cut the latency distribution of a slow page at 2 s: its p99 would lie. */
    public static final int TIMEOUT_SECONDS = 10;

    private static final String YEARS = GeneratorOptions.FIRST_YEAR + "-" + GeneratorOptions.LAST_YEAR;
    private static final String ANALYZED = "analyzed";
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    /** One address wrk drives; {@code page} is false for the static baseline, which has no target. */
    public record Target(String key, String path, boolean page) {}

    /**
     * What wrk printed for one run ({@code --latency}): latencies in milliseconds; {@code errorResponses}
     * is wrk's "Non-2xx or 3xx responses" (it counts statuses of 400 and above).
     */
    public record WrkReport(
            double p50Millis,
            double p99Millis,
            double requestsPerSecond,
            long requests,
            long errorResponses,
            long socketErrors) {
        private static final Pattern PERCENTILE =
                Pattern.compile("^\\s*(50|99)%\\s+([0-9.]+)(us|ms|s|m|h)\\s*$", Pattern.MULTILINE);
        private static final Pattern REQUESTS = Pattern.compile("^\\s*(\\d+) requests in ", Pattern.MULTILINE);
        private static final Pattern RATE = Pattern.compile("^Requests/sec:\\s+([0-9.]+)\\s*$", Pattern.MULTILINE);
        private static final Pattern SOCKET_ERRORS =
                Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
        private static final Pattern ERROR_RESPONSES = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

        public WrkReport {
            if (p50Millis < 0 || p99Millis < p50Millis || requestsPerSecond < 0 || requests < 0) {
                throw new IllegalArgumentException("impossible wrk figures: p50 " + p50Millis + " ms, p99 " + p99Millis
                        + " ms, " + requestsPerSecond + " requests/s, " + requests + " requests");
            }
            if (errorResponses < 0 || socketErrors < 0) {
                throw new IllegalArgumentException("negative error counts");
            }
        }

        public long errors() {
            return errorResponses + socketErrors;
        }

        /** Reads wrk's report; a report without its latency distribution or rate is an error. */
        public static WrkReport parse(String output) {
            double p50 = -1;
            double p99 = -1;
            Matcher percentile = PERCENTILE.matcher(output);
            while (percentile.find()) {
                double millis = millis(Double.parseDouble(percentile.group(2)), percentile.group(3));
                if (percentile.group(1).equals("50")) {
                    p50 = millis;
                } else {
                    p99 = millis;
                }
            }
            Matcher requests = REQUESTS.matcher(output);
            Matcher rate = RATE.matcher(output);
            if (p50 < 0 || p99 < 0 || !requests.find() || !rate.find()) {
                throw new DanhgiaException(ErrorCode.INTERNAL, MESSAGES.format("bench.serve.unreadableWrk", output));
            }
            long socketErrors = 0;
            Matcher socket = SOCKET_ERRORS.matcher(output);
            if (socket.find()) {
                for (int group = 1; group <= 4; group++) {
                    socketErrors += Long.parseLong(socket.group(group));
                }
            }
            Matcher responses = ERROR_RESPONSES.matcher(output);
            long errorResponses = responses.find() ? Long.parseLong(responses.group(1)) : 0;
            return new WrkReport(
                    p50,
                    p99,
                    Double.parseDouble(rate.group(1)),
                    Long.parseLong(requests.group(1)),
                    errorResponses,
                    socketErrors);
        }

        /** wrk's time units (its units.c): us, ms, s, then m and h past a minute. */
        private static double millis(double value, String unit) {
            return switch (unit) {
                case "us" -> value / 1_000;
                case "ms" -> value;
                case "s" -> value * 1_000;
                case "m" -> value * 60_000;
                case "h" -> value * 3_600_000;
                default -> throw new IllegalArgumentException("unknown wrk time unit " + unit);
            };
        }
    }

    /** One target's measured run. */
    public record Measurement(Target target, WrkReport report) {}

    /** The figures of one benchmark; the first measurement is the static baseline. */
    public record Result(String scale, List<Measurement> measurements, long peakRssMegabytes) {
        public Result {
            measurements = List.copyOf(measurements);
        }

        public Measurement baseline() {
            return measurements.stream()
                    .filter(measurement -> !measurement.target().page())
                    .findFirst()
                    .orElseThrow();
        }

        public boolean pagesFast() {
            return measurements.stream()
                    .filter(measurement -> measurement.target().page())
                    .allMatch(measurement -> measurement.report().p99Millis() <= TARGET_P99_MILLIS);
        }

        public boolean withoutErrors() {
            return measurements.stream()
                    .allMatch(measurement -> measurement.report().errors() == 0);
        }

        public boolean memoryHeld() {
            return peakRssMegabytes <= TARGET_RSS_MEGABYTES;
        }

        public boolean targetsMet() {
            return pagesFast() && withoutErrors() && memoryHeld();
        }
    }

    private final Path work;
    private final Path wrk;
    private final Path launcher;

    public ServeBenchmark(Path work, Path wrk, Path launcher) {
        this.work = work;
        this.wrk = wrk;
        this.launcher = launcher;
    }

    /** wrk on the PATH, if installed. */
    public static Optional<Path> findWrk() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!folder.isEmpty()) {
                Path candidate = Path.of(folder, "wrk");
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@code bin/danhgia} of this installation: under the folder named by the system property
     * {@code danhgia.home} or the variable {@code DANHGIA_HOME}, else the first folder above this module's
     * jar (or classes) that holds one.
     */
    public static Path findLauncher() {
        String home = System.getProperty("danhgia.home", System.getenv("DANHGIA_HOME"));
        if (home != null && !home.isBlank()) {
            Path launcher = Path.of(home, "bin", "danhgia");
            if (Files.isExecutable(launcher)) {
                return launcher;
            }
            throw new DanhgiaException(
                    ErrorCode.INVALID_CONFIGURATION, MESSAGES.format("bench.serve.noLauncher", home));
        }
        Path location;
        try {
            location = Path.of(ServeBenchmark.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("this class's own location is not a path", e);
        }
        for (Path folder = location; folder != null; folder = folder.getParent()) {
            Path launcher = folder.resolve("bin").resolve("danhgia");
            if (Files.isExecutable(launcher)) {
                return launcher;
            }
        }
        throw new DanhgiaException(
                ErrorCode.INVALID_CONFIGURATION, MESSAGES.format("bench.serve.noLauncher", location));
    }

    public Result run(String scale, long seed, int seconds, PrintWriter out)
            throws IOException, SQLException, InterruptedException {
        Path warehouse = prepare(scale, seed, out);
        int year = GeneratorOptions.LAST_YEAR;
        List<Target> targets = List.of(
                new Target("bench.serve.static", "/assets/app.css", false),
                new Target("bench.serve.overview", "/tong-quan?year=" + year, true),
                new Target("bench.serve.chart", "/bieu-do/member-levels.svg?year=" + year, true));

        String name = "bench-" + RUN_ID.format(LocalDateTime.now(Clock.systemUTC()));
        String password = password();
        Path logs = warehouse.resolveSibling("logs");
        Files.createDirectories(logs);
        DashboardProcess.addUser(launcher, warehouse, name, password, logs.resolve("user-add.log"));

        out.println(MESSAGES.format("bench.serve.starting", warehouse, logs.resolve("serve.log")));
        out.flush();
        List<Measurement> measurements = new ArrayList<>();
        long peakRss;
        try (DashboardProcess server = DashboardProcess.start(launcher, warehouse, logs.resolve("serve.log"))) {
            String cookie = server.login(name, password);
            for (Target target : targets) {
                server.requireOk(target.path(), cookie);
            }
            for (Target target : targets) {
                out.println(MESSAGES.format("bench.serve.warmUp", target.path(), WARM_UP_SECONDS));
                out.flush();
                wrk(server, target, cookie, WARM_UP_SECONDS);
            }
            for (Target target : targets) {
                out.println(MESSAGES.format("bench.serve.driving", target.path(), CONNECTIONS, seconds));
                out.flush();
                measurements.add(new Measurement(target, wrk(server, target, cookie, seconds)));
            }
            // the session still opens every page: a lapsed one would have measured the login redirect
            for (Target target : targets) {
                server.requireOk(target.path(), cookie);
            }
            peakRss = server.peakRssBytes();
        }
        Result result = new Result(scale, measurements, peakRss / (1024 * 1024));
        print(result, year, seconds, out);
        return result;
    }

    private WrkReport wrk(DashboardProcess server, Target target, String cookie, int seconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                        wrk.toString(),
                        "-t" + THREADS,
                        "-c" + CONNECTIONS,
                        "-d" + seconds + "s",
                        "--latency",
                        "--timeout",
                        TIMEOUT_SECONDS + "s",
                        "-H",
                        "Cookie: " + cookie,
                        server.base() + target.path())
                .redirectErrorStream(true);
        Process process = builder.start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new DanhgiaException(
                        ErrorCode.INTERNAL, MESSAGES.format("bench.serve.wrkFailed", target.path(), output));
            }
            return WrkReport.parse(output);
        } finally {
            process.destroy();
        }
    }

    /**
     * The analyzed warehouse of this scale and seed in its own folder under the work folder (the server's
     * application database is created beside it), built once: generated, loaded (or copied from the
     * analyze benchmark's loaded file), then analyzed; the marker file says it is complete.
     */
    Path prepare(String scale, long seed, PrintWriter out) throws IOException, SQLException {
        Files.createDirectories(work);
        Path folder = work.resolve(scale + "-serve-" + seed);
        Path warehouse = folder.resolve("warehouse.duckdb");
        Path marker = folder.resolve(ANALYZED);
        String expected = "scale=" + scale + " seed=" + seed + " years=" + YEARS;
        if (Files.isRegularFile(marker)
                && Files.readString(marker, StandardCharsets.UTF_8).strip().equals(expected)
                && Files.isRegularFile(warehouse)) {
            out.println(MESSAGES.format("bench.serve.reused", warehouse));
            out.flush();
            return warehouse;
        }
        Files.deleteIfExists(marker);
        Files.createDirectories(folder);
        Files.deleteIfExists(warehouse);
        Files.deleteIfExists(warehouse.resolveSibling(warehouse.getFileName() + ".wal"));

        Path data = work.resolve(scale + "-csv-" + seed);
        if (!Files.isRegularFile(data.resolve("manifest.json"))) {
            out.println(MESSAGES.format("bench.generating", scale, data));
            out.flush();
            new Generator(GeneratorOptions.parse(scale, YEARS, seed, data, "csv")).run();
        }
        Path loaded = work.resolve(scale + "-analyze-" + seed + ".duckdb");
        if (Files.isRegularFile(loaded)) {
            out.println(MESSAGES.format("bench.serve.copying", loaded, warehouse));
            out.flush();
            Files.copy(loaded, warehouse, StandardCopyOption.REPLACE_EXISTING);
        } else {
            load(data, warehouse, out);
        }
        analyze(warehouse, out);
        Files.writeString(marker, expected + "\n", StandardCharsets.UTF_8);
        return warehouse;
    }

    private static void load(Path data, Path warehouse, PrintWriter out) {
        out.println(MESSAGES.format("bench.analyze.loading", data, warehouse));
        out.flush();
        long started = System.nanoTime();
        LoadReport report = new Loader(Clock.systemUTC(), RuleBook.defaults())
                .load(
                        new Loader.Request(List.of(data), warehouse, ReadHints.none(), false),
                        PseudonymKey.demo(),
                        LoadProgress.NONE);
        out.println(MESSAGES.format(
                "bench.analyze.loaded", report.rowsRead(), seconds((System.nanoTime() - started) / 1e9)));
        out.flush();
    }

    /** As {@code danhgia analyze} does: on a snapshot, published only when every mart data test passed. */
    private static void analyze(Path warehouse, PrintWriter out) throws SQLException {
        out.println(MESSAGES.format("bench.serve.analyzing", warehouse));
        out.flush();
        long started = System.nanoTime();
        Analyzer analyzer = new Analyzer(Thresholds.builtIn(), Optional.of(RuleBook.defaults()), Clock.systemUTC());
        try (WarehouseSnapshot snapshot = WarehouseSnapshot.begin(
                warehouse, "bench-serve-" + RUN_ID.format(LocalDateTime.now(Clock.systemUTC())))) {
            Analyzer.Result result = analyzer.analyze(snapshot.connection());
            if (!result.failedTests().isEmpty()) {
                throw new DanhgiaException(
                        ErrorCode.DATA_TEST_FAILED,
                        MESSAGES.format(
                                "bench.serve.dataTestsFailed",
                                result.failedTests().size()));
            }
            analyzer.audit(
                    snapshot.connection(), "bench", warehouse.toAbsolutePath().toString(), result);
            snapshot.publish();
        }
        out.println(MESSAGES.format("bench.serve.analyzed", seconds((System.nanoTime() - started) / 1e9)));
        out.flush();
    }

    private static String password() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static void print(Result result, int year, int seconds, PrintWriter out) {
        out.println();
        out.println(MESSAGES.format(
                "bench.serve.title",
                result.scale(),
                Integer.toString(year),
                CONNECTIONS,
                THREADS,
                seconds,
                Runtime.getRuntime().availableProcessors()));
        String format = "%-46s %10s %10s %12s %10s %14s%n";
        out.printf(
                Locale.ROOT,
                format,
                MESSAGES.format("bench.serve.target"),
                "p50 (ms)",
                "p99 (ms)",
                MESSAGES.format("bench.serve.rate"),
                MESSAGES.format("bench.serve.errorResponses"),
                MESSAGES.format("bench.serve.socketErrors"));
        for (Measurement measurement : result.measurements()) {
            WrkReport report = measurement.report();
            out.printf(
                    Locale.ROOT,
                    format,
                    MESSAGES.format(measurement.target().key()) + " "
                            + measurement.target().path(),
                    millis(report.p50Millis()),
                    millis(report.p99Millis()),
                    String.format(Messages.locale(), "%,.0f", report.requestsPerSecond()),
                    String.format(Messages.locale(), "%,d", report.errorResponses()),
                    String.format(Messages.locale(), "%,d", report.socketErrors()));
        }
        out.println();
        double baseline = result.baseline().report().p99Millis();
        for (Measurement measurement : result.measurements()) {
            if (measurement.target().page()) {
                double p99 = measurement.report().p99Millis();
                out.println(MESSAGES.format(
                        "bench.serve.page",
                        MESSAGES.format(measurement.target().key()),
                        millis(p99),
                        String.format(Locale.ROOT, "%.1f", baseline > 0 ? p99 / baseline : Double.NaN),
                        String.format(Locale.ROOT, "%.0f", TARGET_P99_MILLIS),
                        verdict(p99 <= TARGET_P99_MILLIS)));
            }
        }
        out.println(MESSAGES.format(
                "bench.serve.rss", result.peakRssMegabytes(), TARGET_RSS_MEGABYTES, verdict(result.memoryHeld())));
        long errors = result.measurements().stream()
                .mapToLong(measurement -> measurement.report().errors())
                .sum();
        out.println(MESSAGES.format("bench.serve.errorCount", errors, verdict(result.withoutErrors())));
        out.println(MESSAGES.format("bench.serve.verdict", verdict(result.targetsMet())));
        out.flush();
    }

    private static String verdict(boolean met) {
        return MESSAGES.format(met ? "bench.met" : "bench.missed");
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
