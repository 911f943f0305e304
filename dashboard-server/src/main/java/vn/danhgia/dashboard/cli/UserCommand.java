package vn.danhgia.dashboard.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.danhgia.core.cli.Cli;
import vn.danhgia.core.cli.TextTable;
import vn.danhgia.core.cli.WarehouseOption;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.dashboard.auth.Account;
import vn.danhgia.dashboard.auth.AccountException;
import vn.danhgia.dashboard.auth.Accounts;
import vn.danhgia.dashboard.auth.AppDatabase;
import vn.danhgia.dashboard.auth.AuditAction;
import vn.danhgia.dashboard.auth.AuditEntry;
import vn.danhgia.dashboard.auth.AuditLog;
import vn.danhgia.dashboard.auth.AuditOutcome;
import vn.danhgia.dashboard.auth.Role;

/**
 * {@code danhgia user}: the dashboard's accounts, kept in the application database beside the
 * warehouse ({@code data/warehouse.app.db} for {@code data/warehouse.duckdb}). Every change is written
 * to the audit log with the actor {@code cli:<os user>}. Passwords come from standard input
 * ({@code --password-stdin}) or are typed without echo at a terminal; they are never printed.
 */
@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        subcommands = {
            UserCommand.Add.class,
            UserCommand.Passwd.class,
            UserCommand.ChangeRole.class,
            UserCommand.ListAccounts.class,
            UserCommand.Disable.class,
            UserCommand.Enable.class
        })
public final class UserCommand implements Callable<Integer> {
    static final String BUNDLE = "vn.danhgia.dashboard.auth.messages";
    private static final Messages MESSAGES = Messages.of(BUNDLE);

    /** Taken before the subcommand too ({@code user --warehouse F list}); the subcommand's own wins. */
    @Mixin
    WarehouseOption warehouse;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println(MESSAGES.format("user.usage"));
        err.flush();
        return Cli.EXIT_USAGE;
    }

    /** What every subcommand shares: the warehouse option, the opened database and the audit actor. */
    abstract static class AccountCommand implements Callable<Integer> {
        @Mixin
        WarehouseOption warehouse;

        @Spec
        CommandSpec spec;

        @ParentCommand
        UserCommand parent;

        @Override
        public final Integer call() {
            check();
            try (AppDatabase database = AppDatabase.openBesideWarehouse(warehouse())) {
                PrintWriter out = spec.commandLine().getOut();
                run(new Accounts(database), new AuditLog(database), out);
                out.flush();
                return Cli.EXIT_OK;
            }
        }

        private Path warehouse() {
            boolean own = spec.commandLine().getParseResult().hasMatchedOption("--warehouse");
            return own ? warehouse.warehouse() : parent.warehouse.warehouse();
        }

        /** Checks the arguments before the database is opened. */
        void check() {}

        abstract void run(Accounts accounts, AuditLog audit, PrintWriter out);

        static void audit(AuditLog audit, AuditAction action, String object, String detail) {
            String actor = "cli:" + System.getProperty("user.name", "unknown");
            audit.record(
                    AuditEntry.of(actor, action, object, AuditOutcome.SUCCESS).withDetail(detail));
        }
    }

    /** Where a password comes from: the first line of standard input, or a terminal without echo. */
    abstract static class PasswordCommand extends AccountCommand {
        @Option(
                names = "--password-stdin",
                descriptionKey = "user.option.passwordStdin",
                description =
                        "Đọc mật khẩu từ dòng đầu của đầu vào chuẩn (không có thì hỏi ở cửa sổ lệnh, không hiện chữ).")
        boolean passwordFromStdin;

        char[] readPassword() {
            if (passwordFromStdin) {
                try {
                    String line =
                            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                    if (line == null || line.isEmpty()) {
                        throw usage("user.password.emptyStdin");
                    }
                    return (line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).toCharArray();
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the password from standard input", e);
                }
            }
            Console console = System.console();
            if (console == null) {
                throw usage("user.password.missing");
            }
            char[] password = console.readPassword("%s", MESSAGES.format("user.password.prompt"));
            char[] again = console.readPassword("%s", MESSAGES.format("user.password.confirm"));
            if (password == null || again == null || !Arrays.equals(password, again)) {
                throw usage("user.password.mismatch");
            }
            Arrays.fill(again, '\0');
            return password;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Thêm tài khoản.")
    static final class Add extends PasswordCommand {
        @Parameters(
                index = "0",
                paramLabel = "NAME",
                descriptionKey = "user.parameter.name",
                description = "Tên tài khoản: 3 đến 64 chữ cái không dấu, chữ số, . _ -")
        String name;

        @Option(
                names = "--role",
                required = true,
                paramLabel = "ROLE",
                descriptionKey = "user.option.role",
                description = "Vai trò: viewer (người xem), analyst (chuyên viên), admin (quản trị).")
        String roleText;

        @Override
        void check() {
            Accounts.checkName(name);
            Role.parse(roleText);
        }

        @Override
        void run(Accounts accounts, AuditLog audit, PrintWriter out) {
            Role role = Role.parse(roleText);
            if (accounts.find(name).isPresent()) { // before asking for a password that would be refused
                throw new AccountException(
                        AccountException.Reason.DUPLICATE_NAME, MESSAGES.format("account.duplicate", name));
            }
            char[] password = readPassword();
            try {
                Account added = accounts.add(name, role, password);
                audit(audit, AuditAction.ACCOUNT_ADD, added.name(), role.code());
                out.println(MESSAGES.format("user.added", added.name(), role.label()));
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    @Command(
            name = "passwd",
            mixinStandardHelpOptions = true,
            description = "Đổi mật khẩu của tài khoản (các phiên đăng nhập của nó kết thúc).")
    static final class Passwd extends PasswordCommand {
        @Parameters(
                index = "0",
                paramLabel = "NAME",
                descriptionKey = "user.parameter.name",
                description = "Tên tài khoản: 3 đến 64 chữ cái không dấu, chữ số, . _ -")
        String name;

        @Override
        void run(Accounts accounts, AuditLog audit, PrintWriter out) {
            Account account = accounts.find(name).orElseThrow(() -> unknown(name));
            char[] password = readPassword();
            try {
                accounts.changePassword(account.name(), password);
                audit(audit, AuditAction.ACCOUNT_PASSWORD, account.name(), "");
                out.println(MESSAGES.format("user.passwordChanged", account.name()));
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    @Command(
            name = "role",
            mixinStandardHelpOptions = true,
            description = "Đổi vai trò của tài khoản (các phiên đăng nhập của nó kết thúc).")
    static final class ChangeRole extends AccountCommand {
        @Parameters(
                index = "0",
                paramLabel = "NAME",
                descriptionKey = "user.parameter.name",
                description = "Tên tài khoản: 3 đến 64 chữ cái không dấu, chữ số, . _ -")
        String name;

        @Parameters(
                index = "1",
                paramLabel = "ROLE",
                descriptionKey = "user.parameter.role",
                description = "Vai trò mới: viewer, analyst hoặc admin.")
        String roleText;

        @Override
        void check() {
            Role.parse(roleText);
        }

        @Override
        void run(Accounts accounts, AuditLog audit, PrintWriter out) {
            Role role = Role.parse(roleText);
            Account before = accounts.find(name).orElseThrow(() -> unknown(name));
            Account changed = accounts.changeRole(before.name(), role);
            audit(audit, AuditAction.ACCOUNT_ROLE, changed.name(), before.role().code() + " -> " + role.code());
            out.println(MESSAGES.format("user.roleChanged", changed.name(), role.label()));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Liệt kê các tài khoản.")
    static final class ListAccounts extends AccountCommand {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

        @Override
        void run(Accounts accounts, AuditLog audit, PrintWriter out) {
            List<Account> all = accounts.list();
            if (all.isEmpty()) {
                out.println(MESSAGES.format("user.list.empty"));
                return;
            }
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {
                MESSAGES.format("user.list.name"),
                MESSAGES.format("user.list.role"),
                MESSAGES.format("user.list.state"),
                MESSAGES.format("user.list.language"),
                MESSAGES.format("user.list.created"),
                MESSAGES.format("user.list.passwordChanged")
            });
            for (Account account : all) {
                rows.add(new String[] {
                    account.name(),
                    account.role().label(),
                    MESSAGES.format(account.disabled() ? "user.state.disabled" : "user.state.active"),
                    account.language(),
                    local(account.createdAt()),
                    local(account.passwordChangedAt())
                });
            }
            TextTable.print(rows, column -> false, out);
        }

        private static String local(Instant instant) {
            return TIME.format(instant.atZone(ZoneId.systemDefault()));
        }
    }

    @Command(
            name = "disable",
            mixinStandardHelpOptions = true,
            description = "Khóa tài khoản (các phiên đăng nhập của nó kết thúc).")
    static final class Disable extends AccountCommand {
        @Parameters(
                index = "0",
                paramLabel = "NAME",
                descriptionKey = "user.parameter.name",
                description = "Tên tài khoản: 3 đến 64 chữ cái không dấu, chữ số, . _ -")
        String name;

        @Override
        void run(Accounts accounts, AuditLog audit, PrintWriter out) {
            Account disabled = accounts.disable(name);
            audit(audit, AuditAction.ACCOUNT_DISABLE, disabled.name(), "");
            out.println(MESSAGES.format("user.disabled", disabled.name()));
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Mở khóa tài khoản.")
    static final class Enable extends AccountCommand {
        @Parameters(
                index = "0",
                paramLabel = "NAME",
                descriptionKey = "user.parameter.name",
                description = "Tên tài khoản: 3 đến 64 chữ cái không dấu, chữ số, . _ -")
        String name;

        @Override
        void run(Accounts accounts, AuditLog audit, PrintWriter out) {
            Account enabled = accounts.enable(name);
            audit(audit, AuditAction.ACCOUNT_ENABLE, enabled.name(), "");
            out.println(MESSAGES.format("user.enabled", enabled.name()));
        }
    }

    static DanhgiaException usage(String key) {
        return new DanhgiaException(ErrorCode.INVALID_USAGE, MESSAGES.format(key));
    }

    static AccountException unknown(String name) {
        return new AccountException(AccountException.Reason.UNKNOWN_ACCOUNT, MESSAGES.format("account.unknown", name));
    }
}
