package vn.danhgia.etl.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.danhgia.core.cli.WarehouseOption;
import vn.danhgia.core.config.DanhgiaConfig;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.core.rules.RuleBook;
import vn.danhgia.etl.lake.DeltaLoader;
import vn.danhgia.etl.lake.Lake;
import vn.danhgia.etl.lake.SparkSessions;
import vn.danhgia.etl.load.LoadProgress;
import vn.danhgia.etl.load.LoadReport;
import vn.danhgia.etl.load.Loader;
import vn.danhgia.etl.load.PseudonymKey;
import vn.danhgia.etl.read.MappingProfiles;
import vn.danhgia.etl.read.ReadHints;

@Command(name = "load", mixinStandardHelpOptions = true)
public final class LoadCommand implements Callable<Integer> {
    private static final Messages MESSAGES = Messages.of("vn.danhgia.etl.cli.messages");

    @Mixin
    WarehouseOption warehouse;

    @Parameters(paramLabel = "PATH", arity = "1..*", descriptionKey = "load.parameter.paths")
    List<Path> paths;

    @Option(names = "--year", descriptionKey = "load.option.year")
    Integer year;

    @Option(names = "--unit", paramLabel = "NAME", descriptionKey = "load.option.unit")
    String unit;

    @Option(names = "--strict", descriptionKey = "load.option.strict")
    boolean strict;

    @Option(names = "--json", descriptionKey = "load.option.json")
    boolean json;

    @Option(names = "--store", defaultValue = "duckdb", descriptionKey = "load.option.store")
    String store;

    @Option(names = "--lake", paramLabel = "DIR", descriptionKey = "option.lake")
    String lake;

    @Option(names = "--master", paramLabel = "URL", descriptionKey = "analyze.option.master")
    String master;

    @Override
    public Integer call() throws Exception {
        boolean delta = "delta".equalsIgnoreCase(store);
        if (!delta && !"duckdb".equalsIgnoreCase(store)) {
            throw new DanhgiaException(ErrorCode.INVALID_USAGE, MESSAGES.format("load.unknownStore", store));
        }
        if (delta && lake == null) {
            throw new DanhgiaException(ErrorCode.INVALID_USAGE, MESSAGES.format("load.lakeRequired"));
        }
        DanhgiaConfig config = DanhgiaConfig.discover();
        RuleBook rules = config.rulesFile().map(RuleBook::load).orElseGet(RuleBook::defaults);
        PseudonymKey key = PseudonymKey.resolve(config, paths);
        ReadHints hints = new ReadHints(Optional.ofNullable(year), Optional.ofNullable(unit));
        Loader loader = new Loader(Clock.systemUTC(), rules, MappingProfiles.discover(config));
        LoadReport report;
        Loader.Request request = new Loader.Request(paths, warehouse.warehouse(), hints, strict);
        try (BarProgress progress = new BarProgress()) {
            if (delta) {
                try {
                    report = new DeltaLoader(Clock.systemUTC(), rules)
                            .load(Lake.open(Optional.ofNullable(master), lake), request, key, progress);
                } finally {
                    SparkSessions.stop();
                }
            } else {
                report = loader.load(request, key, progress);
            }
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            LoadReportPrinter.json(report, out);
        } else {
            LoadReportPrinter.table(report, out);
        }
        return report.exitCode();
    }

    /** A progress bar on stderr, shown only when there is more than one file to read. */
    private static final class BarProgress implements LoadProgress, AutoCloseable {
        private ProgressBar bar;

        @Override
        public void started(int files) {
            if (files > 1 && System.console() != null) {
                bar = new ProgressBarBuilder()
                        .setTaskName(MESSAGES.format("load.progress"))
                        .setInitialMax(files)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err))
                        .setUpdateIntervalMillis(500)
                        .continuousUpdate()
                        .build();
            }
        }

        @Override
        public void fileRead(String file) {
            if (bar != null) {
                bar.step();
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
