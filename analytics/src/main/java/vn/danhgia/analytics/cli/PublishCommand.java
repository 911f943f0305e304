package vn.danhgia.analytics.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.danhgia.core.cli.Cli;
import vn.danhgia.core.cli.WarehouseOption;

@Command(name = "publish", mixinStandardHelpOptions = true)
public final class PublishCommand implements Callable<Integer> {
    @Mixin
    WarehouseOption warehouse;

    @Option(names = "--lake", paramLabel = "DIR", descriptionKey = "option.lake")
    Path lake;

    @Override
    public Integer call() {
        throw Cli.notYetAvailable("publish", "[5] Delta Lake và Spark");
    }
}
