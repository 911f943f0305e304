package vn.danhgia.core.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --warehouse FILE} option every subcommand takes. */
public final class WarehouseOption {
    public static final String DEFAULT_WAREHOUSE = "data/warehouse.duckdb";

    @Option(
            names = "--warehouse",
            paramLabel = "FILE",
            defaultValue = DEFAULT_WAREHOUSE,
            descriptionKey = "option.warehouse")
    private Path warehouse;

    public Path warehouse() {
        return warehouse;
    }
}
