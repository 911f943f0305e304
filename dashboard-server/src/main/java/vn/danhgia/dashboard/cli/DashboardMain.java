package vn.danhgia.dashboard.cli;

import picocli.CommandLine.Command;
import vn.danhgia.core.cli.Cli;

/** Entry point of this module's process; bin/danhgia routes its subcommands here. */
@Command(
        name = "danhgia",
        mixinStandardHelpOptions = true,
        versionProvider = vn.danhgia.core.cli.VersionProvider.class,
        subcommands = {
            ServeCommand.class,
            ReportCommand.class,
            SqlCommand.class,
            NotebookCommand.class,
            UserCommand.class
        })
public final class DashboardMain {
    public static void main(String[] args) {
        System.exit(Cli.run(new DashboardMain(), args));
    }
}
