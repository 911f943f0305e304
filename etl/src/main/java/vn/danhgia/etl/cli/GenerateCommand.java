package vn.danhgia.etl.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.danhgia.core.cli.Cli;
import vn.danhgia.core.cli.WarehouseOption;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.etl.generate.Generator;
import vn.danhgia.etl.generate.GeneratorOptions;

@Command(name = "generate", mixinStandardHelpOptions = true)
public final class GenerateCommand implements Callable<Integer> {
    @Mixin
    WarehouseOption warehouse;

    @Option(names = "--scale", defaultValue = "district", descriptionKey = "generate.option.scale")
    String scale;

    @Option(
            names = "--years",
            defaultValue = "2018-2025",
            paramLabel = "FROM-TO",
            descriptionKey = "generate.option.years")
    String years;

    @Option(names = "--seed", defaultValue = "2025", descriptionKey = "generate.option.seed")
    long seed;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "data/generated",
            descriptionKey = "generate.option.out")
    Path out;

    @Option(names = "--formats", defaultValue = "mixed", descriptionKey = "generate.option.formats")
    String formats;

    @Option(names = "--variety", defaultValue = "standard", descriptionKey = "generate.option.variety")
    String variety;

    @Option(
            names = "--variety-share",
            paramLabel = "SHARE",
            defaultValue = "0.2",
            descriptionKey = "generate.option.varietyShare")
    double varietyShare;

    @Override
    public Integer call() {
        GeneratorOptions options = GeneratorOptions.parse(scale, years, seed, out, formats, variety, varietyShare);
        Generator.Result result = new Generator(options).run();
        long perSecond = Math.round(result.rows() / Math.max(result.seconds(), 0.001));
        System.err.println(Messages.of("vn.danhgia.etl.generate.messages")
                .format(
                        "done",
                        result.files(),
                        result.rows(),
                        out,
                        String.format(java.util.Locale.ROOT, "%.1f", result.seconds()),
                        perSecond));
        return Cli.EXIT_OK;
    }
}
