package vn.danhgia.analytics.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.danhgia.core.cli.Cli;
import vn.danhgia.core.cli.WarehouseOption;

@Command(name = "bench", mixinStandardHelpOptions = true)
public final class BenchCommand implements Callable<Integer> {
    @Mixin
    WarehouseOption warehouse;

    @Parameters(paramLabel = "WHAT", descriptionKey = "bench.parameter.what")
    String what;

    @Option(names = "--scale", defaultValue = "district", descriptionKey = "bench.option.scale")
    String scale;

    @Override
    public Integer call() {
        throw Cli.notYetAvailable("bench " + what, "[3] danhgia load, [5] Spark");
    }
}
