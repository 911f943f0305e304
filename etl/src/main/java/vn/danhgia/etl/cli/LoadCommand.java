package vn.danhgia.etl.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.danhgia.core.cli.Cli;
import vn.danhgia.core.cli.WarehouseOption;

@Command(name = "load", mixinStandardHelpOptions = true)
public final class LoadCommand implements Callable<Integer> {
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
    Path lake;

    @Override
    public Integer call() {
        throw Cli.notYetAvailable("load", "[3] danhgia load");
    }
}
