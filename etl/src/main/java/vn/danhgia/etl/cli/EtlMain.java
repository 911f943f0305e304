package vn.danhgia.etl.cli;

import picocli.CommandLine.Command;
import vn.danhgia.core.cli.Cli;

/** Entry point of this module's process; bin/danhgia routes its subcommands here. */
@Command(
        name = "danhgia",
        mixinStandardHelpOptions = true,
        versionProvider = vn.danhgia.core.cli.VersionProvider.class,
        subcommands = {GenerateCommand.class, LoadCommand.class, InspectCommand.class})
public final class EtlMain {
    public static void main(String[] args) {
        System.exit(Cli.run(new EtlMain(), args));
    }
}
