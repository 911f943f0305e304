package vn.danhgia.analytics.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.etl.generate.GeneratorOptions;

/**
 * {@code danhgia bench report}: the year-over-year report of the whole district ({@code bin/danhgia report},
 * a JVM of its own, as a user runs it: the analytics module does not depend on the dashboard's) in each
 * format, against a baseline measured in the same run: the same command's {@code --help}, a JVM start with
 * the command line parsed and nothing read. Each is run {@value #RUNS} times and the median kept. The target
 * is the report's own time, reading the warehouse and writing the file (the command prints it), at most
 * {@value #TARGET_MILLIS} ms per format; the wall time of the whole process is printed beside it.
 */
public final class ReportBenchmark {
    private static final Messages MESSAGES = Messages.of("vn.danhgia.analytics.bench.messages");
    public static final long TARGET_MILLIS = 3000;
    public static final int RUNS = 3;
    private static final Pattern OWN_TIME = Pattern.compile("\\((\\d+) ms\\)");
    private static final long TIMEOUT_MINUTES = 10;

    private final Path work;
    private final Path launcher;

    public ReportBenchmark(Path work, Path launcher) {
        this.work = work;
        this.launcher = launcher;
    }

    /** One measured command: its median wall time and, for a report, the median time it reports itself. */
    public record Measurement(String key, long wallMillis, Optional<Long> ownMillis) {}

    /** The baseline first, then one measurement per format. */
    public record Result(Path warehouse, int year, List<Measurement> measurements) {
        public Result {
            measurements = List.copyOf(measurements);
        }

        public Measurement baseline() {
            return measurements.get(0);
        }

        public boolean targetsMet() {
            return measurements.stream()
                    .skip(1)
                    .allMatch(one -> one.ownMillis().orElse(Long.MAX_VALUE) <= TARGET_MILLIS);
        }
    }

    /**
     * Measures on {@code warehouse} when it is a file, else on the district warehouse of the serve benchmark
     * (generated, loaded and analyzed once under the work folder).
     */
    public Result run(Optional<Path> warehouse, String scale, long seed, PrintWriter out)
            throws IOException, SQLException, InterruptedException {
        Path file = warehouse.filter(Files::isRegularFile).isPresent()
                ? warehouse.get()
                : new ServeBenchmark(work, launcher, launcher).prepare(scale, seed, out);
        int year = GeneratorOptions.LAST_YEAR;
        Path outFolder = Files.createDirectories(work.resolve("report-" + scale + "-" + seed));
        List<Measurement> measurements = new ArrayList<>();
        measurements.add(measure("bench.report.baseline", List.of("report", "--help"), out));
        for (String format : List.of("pdf", "xlsx")) {
            Path report = outFolder.resolve("bao-cao-" + year + "." + format);
            measurements.add(measure(
                    "bench.report." + format,
                    List.of(
                            "report",
                            "--warehouse",
                            file.toString(),
                            "--year",
                            String.valueOf(year),
                            "--format",
                            format,
                            "--out",
                            report.toString()),
                    out));
        }
        Result result = new Result(file, year, measurements);
        print(result, out);
        return result;
    }

    private Measurement measure(String key, List<String> arguments, PrintWriter out)
            throws IOException, InterruptedException {
        List<Long> walls = new ArrayList<>();
        List<Long> owns = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            out.println(MESSAGES.format("bench.report.running", MESSAGES.format(key), run, RUNS));
            out.flush();
            List<String> command = new ArrayList<>();
            command.add(launcher.toString());
            command.addAll(arguments);
            Path log = Files.createTempFile(work, "bench-report", ".log");
            try {
                ProcessBuilder builder =
                        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
                builder.environment().put("DANHGIA_LANG", "vi");
                long started = System.nanoTime();
                Process process = builder.start();
                if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                }
                long wall = (System.nanoTime() - started) / 1_000_000;
                String output = Files.readString(log, StandardCharsets.UTF_8);
                if (process.isAlive() || process.exitValue() != 0) {
                    throw new DanhgiaException(
                            ErrorCode.INTERNAL,
                            MESSAGES.format("bench.report.failed", String.join(" ", command), output));
                }
                walls.add(wall);
                Matcher matcher = OWN_TIME.matcher(output);
                if (matcher.find()) {
                    owns.add(Long.parseLong(matcher.group(1)));
                }
            } finally {
                Files.deleteIfExists(log);
            }
        }
        return new Measurement(key, median(walls), owns.isEmpty() ? Optional.empty() : Optional.of(median(owns)));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void print(Result result, PrintWriter out) {
        out.println();
        out.println(MESSAGES.format(
                "bench.report.title",
                result.warehouse(),
                Integer.toString(result.year()),
                RUNS,
                Runtime.getRuntime().availableProcessors()));
        String format = "%-40s %12s %14s %12s%n";
        out.printf(
                Locale.ROOT,
                format,
                MESSAGES.format("bench.report.what"),
                MESSAGES.format("bench.report.wall"),
                MESSAGES.format("bench.report.own"),
                MESSAGES.format("bench.report.ratio"));
        long baseline = Math.max(1, result.baseline().wallMillis());
        for (Measurement measurement : result.measurements()) {
            out.printf(
                    Locale.ROOT,
                    format,
                    MESSAGES.format(measurement.key()),
                    measurement.wallMillis(),
                    measurement.ownMillis().map(String::valueOf).orElse("–"),
                    String.format(Locale.ROOT, "%.2f", measurement.wallMillis() / (double) baseline));
        }
        for (Measurement measurement :
                result.measurements().subList(1, result.measurements().size())) {
            long own = measurement.ownMillis().orElse(Long.MAX_VALUE);
            out.println(MESSAGES.format(
                    "bench.report.verdict",
                    MESSAGES.format(measurement.key()),
                    measurement.ownMillis().map(String::valueOf).orElse("–"),
                    String.format(Locale.ROOT, "%.2f", measurement.wallMillis() / (double) baseline),
                    String.valueOf(TARGET_MILLIS),
                    MESSAGES.format(own <= TARGET_MILLIS ? "bench.met" : "bench.missed")));
        }
        out.flush();
    }
}
