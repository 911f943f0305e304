package vn.danhgia.core.cli;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.danhgia.core.i18n.Messages;

/**
 * Prints the list of all subcommands for {@code danhgia --help}. Each subcommand lives in the module
 * that owns it (etl, analytics, dashboard-server), so this list is the one place that knows them all.
 */
public final class HelpMain {
    /** Every subcommand a user can type, in the order shown. */
    public static final List<String> SUBCOMMANDS = List.of(
            "demo",
            "generate",
            "load",
            "inspect",
            "analyze",
            "publish",
            "serve",
            "report",
            "sql",
            "notebook",
            "user",
            "bench");

    private HelpMain() {}

    public static void main(String[] args) {
        Locale.setDefault(Messages.locale());
        ResourceBundle help = ResourceBundle.getBundle(Cli.HELP_BUNDLE, Messages.locale());
        StringBuilder text = new StringBuilder();
        text.append(help.getString("danhgia.usage.header")).append('\n').append('\n');
        text.append(help.getString("danhgia.usage.synopsis")).append('\n').append('\n');
        for (String subcommand : SUBCOMMANDS) {
            String line = help.getString("danhgia." + subcommand + ".usage.description");
            text.append(String.format(Locale.ROOT, "  %-10s %s%n", subcommand, line));
        }
        text.append('\n').append(help.getString("danhgia.usage.footer")).append('\n');
        System.out.print(text);
    }
}
