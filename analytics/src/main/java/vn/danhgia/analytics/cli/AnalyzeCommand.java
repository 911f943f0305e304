package vn.danhgia.analytics.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.danhgia.core.cli.Cli;
import vn.danhgia.core.cli.WarehouseOption;

@Command(name = "analyze", mixinStandardHelpOptions = true)
public final class AnalyzeCommand implements Callable<Integer> {
    @Mixin
    WarehouseOption warehouse;

    @Option(names = "--engine", defaultValue = "duckdb", descriptionKey = "analyze.option.engine")
    String engine;

    @Option(names = "--lake", paramLabel = "DIR", descriptionKey = "option.lake")
    Path lake;

    @Option(names = "--master", paramLabel = "URL", descriptionKey = "analyze.option.master")
    String master;

    @Option(names = "--as-of", paramLabel = "VERSION|TIMESTAMP", descriptionKey = "analyze.option.asOf")
    String asOf;

    @Override
    public Integer call() {
        throw Cli.notYetAvailable("analyze", "[4] danhgia analyze");
    }
}
