package vn.danhgia.core.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;

/**
 * Runs a picocli command tree the same way in every module: help texts from the shared bundle in
 * the user's language, {@link DanhgiaException} printed as a message (never a stack trace), and one
 * set of exit codes.
 */
public final class Cli {
    /** Every file read (rejects included) and the work done. */
    public static final int EXIT_OK = 0;
    /** A file could not be read, or the work failed. */
    public static final int EXIT_FAILURE = 1;
    /** Bad usage, or a subcommand that is not available yet. */
    public static final int EXIT_USAGE = 2;

    public static final String HELP_BUNDLE = "vn.danhgia.core.cli.help";

    private Cli() {}

    public static int run(Object command, String... args) {
        Locale.setDefault(Messages.locale());
        CommandLine commandLine = new CommandLine(command);
        ResourceBundle help = ResourceBundle.getBundle(HELP_BUNDLE, Messages.locale());
        commandLine.setResourceBundle(help);
        // Subcommand descriptions share one bundle, keyed "danhgia.<subcommand>.usage.description".
        commandLine.getSubcommands().forEach((name, sub) -> {
            String key = "danhgia." + name + ".usage.description";
            if (help.containsKey(key)) {
                sub.getCommandSpec().usageMessage().description(help.getString(key));
            }
        });
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setUsageHelpWidth(110);
        commandLine.setExecutionExceptionHandler(Cli::handle);
        return commandLine.execute(args);
    }

    private static int handle(Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (exception instanceof DanhgiaException danhgia) {
            err.println(Messages.core().format("cli.error", danhgia.describe()));
            err.flush();
            return exitCode(danhgia.code());
        }
        // the trace goes to the log for the administrator, never to the user's screen
        LoggerFactory.getLogger(Cli.class).debug("internal error", exception);
        err.println(Messages.core().format("cli.internalError", String.valueOf(exception.getMessage())));
        err.flush();
        return EXIT_FAILURE;
    }

    public static int exitCode(ErrorCode code) {
        return switch (code) {
            case INVALID_USAGE, NOT_YET_AVAILABLE, QUERY_REFUSED -> EXIT_USAGE;
            default -> EXIT_FAILURE;
        };
    }

    /** Thrown by a subcommand whose issue has not been done yet. */
    public static DanhgiaException notYetAvailable(String subcommand, String issue) {
        return new DanhgiaException(
                ErrorCode.NOT_YET_AVAILABLE, Messages.core().format("cli.notYetAvailable", subcommand, issue));
    }
}
