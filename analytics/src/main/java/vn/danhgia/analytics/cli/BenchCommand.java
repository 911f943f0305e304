package vn.danhgia.analytics.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.danhgia.analytics.bench.AnalyzeBenchmark;
import vn.danhgia.analytics.bench.LoadBenchmark;
import vn.danhgia.analytics.bench.ReadBenchmark;
import vn.danhgia.analytics.bench.ReportBenchmark;
import vn.danhgia.analytics.bench.ServeBenchmark;
import vn.danhgia.core.cli.Cli;
import vn.danhgia.core.cli.WarehouseOption;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.etl.lake.SparkSessions;

@Command(name = "bench", mixinStandardHelpOptions = true)
public final class BenchCommand implements Callable<Integer> {
    private static final Messages MESSAGES = Messages.of("vn.danhgia.analytics.bench.messages");

    @Mixin
    WarehouseOption warehouse;

    @Parameters(paramLabel = "WHAT", descriptionKey = "bench.parameter.what")
    String what;

    @Option(names = "--scale", defaultValue = "district", descriptionKey = "bench.option.scale")
    String scale;

    @Option(names = "--seed", defaultValue = "2025", descriptionKey = "generate.option.seed")
    long seed;

    @Option(names = "--rows", defaultValue = "300000", descriptionKey = "bench.option.rows")
    int rows;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "data/bench", descriptionKey = "bench.option.work")
    Path work;

    @Option(names = "--seconds", defaultValue = "20", descriptionKey = "bench.option.seconds")
    int seconds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        switch (what) {
            case "load" -> {
                Files.createDirectories(work);
                LoadBenchmark.Result result = new LoadBenchmark(work).run(scale, seed, out);
                return result.ratio() <= LoadBenchmark.TARGET_RATIO ? Cli.EXIT_OK : Cli.EXIT_FAILURE;
            }
            case "read" -> {
                Files.createDirectories(work);
                ReadBenchmark.Result result = new ReadBenchmark(work).run(rows, out);
                return result.rowsPerSecond() >= ReadBenchmark.TARGET_ROWS_PER_SECOND ? Cli.EXIT_OK : Cli.EXIT_FAILURE;
            }
            case "analyze" -> {
                try {
                    AnalyzeBenchmark.Result result = new AnalyzeBenchmark(work).run(scale, seed, out);
                    return result.sameFindings() ? Cli.EXIT_OK : Cli.EXIT_FAILURE;
                } finally {
                    SparkSessions.stop();
                }
            }
            case "serve" -> {
                if (seconds < 1) {
                    throw new DanhgiaException(
                            ErrorCode.INVALID_USAGE, MESSAGES.format("bench.serve.seconds", seconds));
                }
                Optional<Path> wrk = ServeBenchmark.findWrk();
                if (wrk.isEmpty()) {
                    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
                    err.println(MESSAGES.format("bench.serve.noWrk"));
                    return Cli.EXIT_USAGE;
                }
                ServeBenchmark.Result result = new ServeBenchmark(work, wrk.get(), ServeBenchmark.findLauncher())
                        .run(scale, seed, seconds, out);
                return result.targetsMet() ? Cli.EXIT_OK : Cli.EXIT_FAILURE;
            }
            case "report" -> {
                Files.createDirectories(work);
                Optional<Path> given = Files.isRegularFile(warehouse.warehouse())
                        ? Optional.of(warehouse.warehouse())
                        : Optional.empty();
                ReportBenchmark.Result result =
                        new ReportBenchmark(work, ServeBenchmark.findLauncher()).run(given, scale, seed, out);
                return result.targetsMet() ? Cli.EXIT_OK : Cli.EXIT_FAILURE;
            }
            default -> throw new DanhgiaException(ErrorCode.INVALID_USAGE, MESSAGES.format("bench.unknown", what));
        }
    }
}
