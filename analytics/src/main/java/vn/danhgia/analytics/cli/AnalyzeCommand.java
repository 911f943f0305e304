package vn.danhgia.analytics.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.danhgia.analytics.analyze.AnalysisPrinter;
import vn.danhgia.analytics.analyze.Analyzer;
import vn.danhgia.analytics.analyze.Thresholds;
import vn.danhgia.core.cli.Cli;
import vn.danhgia.core.cli.WarehouseOption;
import vn.danhgia.core.config.DanhgiaConfig;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.core.rules.RuleBook;
import vn.danhgia.core.warehouse.WarehouseSnapshot;
import vn.danhgia.etl.lake.Lake;
import vn.danhgia.etl.lake.SparkSessions;

/**
 * {@code danhgia analyze}: rebuilds the marts and findings on a copy of the warehouse and publishes it
 * by the same atomic swap as a load, only when every step and every mart data test passed.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true)
public final class AnalyzeCommand implements Callable<Integer> {
    private static final Messages MESSAGES = Messages.of("vn.danhgia.analytics.analyze.messages");
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS");

    @Mixin
    WarehouseOption warehouse;

    @Option(names = "--engine", defaultValue = "duckdb", descriptionKey = "analyze.option.engine")
    String engine;

    @Option(names = "--lake", paramLabel = "DIR", descriptionKey = "option.lake")
    String lake;

    @Option(names = "--master", paramLabel = "URL", descriptionKey = "analyze.option.master")
    String master;

    @Option(names = "--as-of", paramLabel = "VERSION|TIMESTAMP", descriptionKey = "analyze.option.asOf")
    String asOf;

    @Option(names = "--json", descriptionKey = "analyze.option.json")
    boolean json;

    @Override
    public Integer call() throws SQLException {
        if ("spark".equalsIgnoreCase(engine)) {
            return analyzeOnSpark();
        }
        if (!"duckdb".equalsIgnoreCase(engine)) {
            throw new DanhgiaException(ErrorCode.INVALID_USAGE, MESSAGES.format("analyze.unknownEngine", engine));
        }
        if (lake != null || master != null || asOf != null) {
            throw new DanhgiaException(ErrorCode.INVALID_USAGE, MESSAGES.format("analyze.sparkOnly"));
        }
        Path file = warehouse.warehouse();
        if (!Files.isRegularFile(file)) {
            throw new DanhgiaException(ErrorCode.INVALID_USAGE, MESSAGES.format("analyze.noWarehouse", file));
        }
        DanhgiaConfig config = DanhgiaConfig.discover();
        Clock clock = Clock.systemUTC();
        Analyzer analyzer = new Analyzer(
                Thresholds.load(config.thresholdsFile()),
                Optional.of(config.rulesFile().map(RuleBook::load).orElseGet(RuleBook::defaults)),
                clock);
        Analyzer.Result result;
        try (WarehouseSnapshot snapshot =
                WarehouseSnapshot.begin(file, "analyze-" + RUN_ID.format(LocalDateTime.now(clock)))) {
            result = analyzer.analyze(snapshot.connection());
            if (!result.failedTests().isEmpty()) {
                // the snapshot closes unpublished: the warehouse keeps its previous marts
                throw dataTestsFailed(result);
            }
            analyzer.audit(
                    snapshot.connection(),
                    System.getProperty("user.name", "?"),
                    file.toAbsolutePath().toString(),
                    result);
            snapshot.publish();
        }
        print(result);
        return Cli.EXIT_OK;
    }

    /**
     * {@code --engine spark}: the same pipeline on Spark SQL over the lake's Delta tables, the marts
     * written as Delta tables; {@code --as-of} reads every other table as it was at that version or time.
     * Each mart table is one commit, so a failed data test leaves the new marts in place with the
     * previous ones a version back (time travel), and the command exits with the failure.
     */
    private Integer analyzeOnSpark() {
        if (lake == null) {
            throw new DanhgiaException(ErrorCode.INVALID_USAGE, MESSAGES.format("analyze.lakeRequired"));
        }
        if (!Lake.exists(lake)) {
            // opening would create an empty lake and analyze nothing: a mistyped --lake must say so
            throw new DanhgiaException(ErrorCode.INVALID_USAGE, MESSAGES.format("analyze.noLake", lake));
        }
        Analyzer analyzer = new Analyzer(
                Thresholds.load(DanhgiaConfig.discover().thresholdsFile()), Optional.empty(), Clock.systemUTC());
        Analyzer.Result result;
        try {
            Lake opened = asOf == null
                    ? Lake.open(Optional.ofNullable(master), lake)
                    : Lake.pinned(Optional.ofNullable(master), lake, asOf);
            result = analyzer.analyze(opened.engine());
            if (!result.failedTests().isEmpty()) {
                throw dataTestsFailed(result);
            }
            analyzer.audit(
                    opened.engine(),
                    System.getProperty("user.name", "?"),
                    opened.root() + (asOf == null ? "" : " as of " + asOf),
                    result);
        } finally {
            SparkSessions.stop();
        }
        print(result);
        return Cli.EXIT_OK;
    }

    private void print(Analyzer.Result result) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            AnalysisPrinter.json(result, out);
        } else {
            AnalysisPrinter.table(result, out);
        }
    }

    private static DanhgiaException dataTestsFailed(Analyzer.Result result) {
        return new DanhgiaException(
                ErrorCode.DATA_TEST_FAILED,
                MESSAGES.format(
                        "analyze.dataTestsFailed",
                        result.failedTests().size(),
                        result.failedTests().stream()
                                .map(test -> test.name() + " (" + test.failingRows() + ": "
                                        + String.join("; ", test.sampleRows()) + ")")
                                .collect(Collectors.joining(", "))));
    }
}
