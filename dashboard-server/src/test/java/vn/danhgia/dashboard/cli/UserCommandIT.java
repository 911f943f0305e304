package vn.danhgia.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.cli.Cli;
import vn.danhgia.dashboard.auth.Account;
import vn.danhgia.dashboard.auth.Accounts;
import vn.danhgia.dashboard.auth.AppDatabase;
import vn.danhgia.dashboard.auth.AuditAction;
import vn.danhgia.dashboard.auth.AuditEntry;
import vn.danhgia.dashboard.auth.AuditFilter;
import vn.danhgia.dashboard.auth.AuditLog;
import vn.danhgia.dashboard.auth.AuditOutcome;
import vn.danhgia.dashboard.auth.LoginResult;
import vn.danhgia.dashboard.auth.Role;

/** {@code danhgia user …} run in this JVM as bin/danhgia runs it, with standard input and output swapped. */
class UserCommandIT {
    private static final String PASSWORD = "một câu dài dễ nhớ";
    private static final String ACTOR = "cli:" + System.getProperty("user.name");

    @TempDir
    Path folder;

    @AfterEach
    void speakVietnameseAgain() {
        System.clearProperty("danhgia.lang");
    }

    /**
     * What a command printed. Until log4j-to-slf4j is on the dashboard's classpath, the first use of
     * commons-logging (by spring-security-crypto) makes Log4j's status logger print "Log4j API could not
     * find a logging provider" once per JVM; that line is not the command's and is left out here.
     */
    private record Result(int exitCode, String stdout, String stderr) {
        Result {
            stderr = stderr.lines()
                    .filter(line -> !line.endsWith("ERROR Log4j API could not find a logging provider."))
                    .map(line -> line + System.lineSeparator())
                    .collect(Collectors.joining());
        }
    }

    private Path warehouse() {
        return folder.resolve("data/warehouse.duckdb");
    }

    private Result user(String stdin, String... arguments) {
        List<String> all = new ArrayList<>(List.of("user"));
        all.addAll(List.of(arguments));
        all.addAll(List.of("--warehouse", warehouse().toString()));
        return runWithInput(stdin, all.toArray(String[]::new));
    }

    private Result run(String... arguments) {
        return runWithInput("", arguments);
    }

    private Result runWithInput(String stdin, String... arguments) {
        InputStream in = System.in;
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            int exitCode = Cli.run(new DashboardMain(), arguments);
            return new Result(
                    exitCode, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(in);
            System.setOut(out);
            System.setErr(err);
        }
    }

    private <T> T inDatabase(Function<AppDatabase, T> work) {
        try (AppDatabase database = AppDatabase.openBesideWarehouse(warehouse())) {
            return work.apply(database);
        }
    }

    private List<Account> accounts() {
        return inDatabase(database -> new Accounts(database).list());
    }

    @Test
    void addsAnAccountBesideTheWarehouseAndAuditsIt() {
        Result result = user(PASSWORD + "\n", "add", "lan.tran", "--role", "analyst", "--password-stdin");

        assertThat(result.exitCode()).as(result.stderr()).isEqualTo(Cli.EXIT_OK);
        assertThat(result.stdout()).isEqualTo("Đã thêm tài khoản lan.tran (Chuyên viên)." + System.lineSeparator());
        assertThat(result.stdout() + result.stderr()).doesNotContain(PASSWORD);
        assertThat(folder.resolve("data/warehouse.app.db")).exists();
        inDatabase(database -> {
            assertThat(new Accounts(database).authenticate("lan.tran", PASSWORD.toCharArray(), "127.0.0.1"))
                    .isInstanceOf(LoginResult.Success.class);
            List<AuditEntry> audit = new AuditLog(database).list(AuditFilter.all());
            assertThat(audit)
                    .extracting(
                            AuditEntry::actor,
                            AuditEntry::action,
                            AuditEntry::object,
                            AuditEntry::detail,
                            AuditEntry::outcome)
                    .containsExactly(
                            tuple(ACTOR, AuditAction.ACCOUNT_ADD, "lan.tran", "analyst", AuditOutcome.SUCCESS));
            return null;
        });
    }

    @Test
    void refusesBadUsageWithOneLineAndExitTwo() {
        Result shortPassword = user("ngắn quá\n", "add", "lan.tran", "--role", "viewer", "--password-stdin");
        Result unknownRole = user(PASSWORD + "\n", "add", "lan.tran", "--role", "boss", "--password-stdin");
        Result badName = user(PASSWORD + "\n", "add", "lan trần", "--role", "viewer", "--password-stdin");
        Result noPassword = user("", "add", "lan.tran", "--role", "viewer");
        Result emptyStdin = user("", "add", "lan.tran", "--role", "viewer", "--password-stdin");

        assertThat(shortPassword.exitCode()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(shortPassword.stderr())
                .isEqualTo("Lỗi: Mật khẩu quá ngắn: cần ít nhất 12 ký tự. "
                        + "Nên dùng một câu dài dễ nhớ, hoặc mật khẩu do máy tạo." + System.lineSeparator());
        assertThat(shortPassword.stderr()).doesNotContain("ngắn quá\n");
        assertThat(unknownRole.exitCode()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(unknownRole.stderr())
                .isEqualTo("Lỗi: Không có vai trò \"boss\". Hãy chọn một trong: viewer (người xem), "
                        + "analyst (chuyên viên), admin (quản trị)." + System.lineSeparator());
        assertThat(badName.exitCode()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(badName.stderr()).startsWith("Lỗi: Tên tài khoản \"lan trần\" không hợp lệ");
        assertThat(noPassword.exitCode()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(noPassword.stderr()).startsWith("Lỗi: Chưa có mật khẩu.").contains("--password-stdin");
        assertThat(emptyStdin.exitCode()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(emptyStdin.stderr())
                .isEqualTo("Lỗi: Đầu vào chuẩn không có mật khẩu (dòng đầu tiên trống)." + System.lineSeparator());
        assertThat(accounts()).isEmpty();
    }

    @Test
    void refusesADuplicateNameInAnotherCase() {
        user(PASSWORD + "\n", "add", "lan.tran", "--role", "viewer", "--password-stdin");

        Result duplicate = user(PASSWORD + "\n", "add", "Lan.Tran", "--role", "admin", "--password-stdin");

        assertThat(duplicate.exitCode()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(duplicate.stderr())
                .isEqualTo("Lỗi: Đã có tài khoản \"Lan.Tran\" (tên tài khoản không phân biệt chữ hoa, chữ thường). "
                        + "Hãy chọn tên khác." + System.lineSeparator());
        assertThat(accounts()).extracting(Account::name, Account::role).containsExactly(tuple("lan.tran", Role.VIEWER));
    }

    @Test
    void changesPasswordAndRoleAndDisables() {
        user(PASSWORD + "\n", "add", "lan.tran", "--role", "viewer", "--password-stdin");
        String newPassword = "một mật khẩu mới khác";

        Result passwd = user(newPassword + "\n", "passwd", "LAN.TRAN", "--password-stdin");
        Result role = user("", "role", "lan.tran", "admin");
        Result disable = user("", "disable", "lan.tran");

        assertThat(passwd.exitCode()).as(passwd.stderr()).isEqualTo(Cli.EXIT_OK);
        assertThat(passwd.stdout())
                .isEqualTo("Đã đổi mật khẩu của lan.tran; các phiên đăng nhập của tài khoản này đã kết thúc."
                        + System.lineSeparator());
        assertThat(role.exitCode()).as(role.stderr()).isEqualTo(Cli.EXIT_OK);
        assertThat(role.stdout())
                .isEqualTo(
                        "Đã đổi vai trò của lan.tran thành Quản trị; các phiên đăng nhập của tài khoản này đã kết thúc."
                                + System.lineSeparator());
        assertThat(disable.exitCode()).as(disable.stderr()).isEqualTo(Cli.EXIT_OK);
        assertThat(disable.stdout())
                .isEqualTo("Đã khóa tài khoản lan.tran; các phiên đăng nhập của tài khoản này đã kết thúc."
                        + System.lineSeparator());
        inDatabase(database -> {
            Accounts accounts = new Accounts(database);
            assertThat(accounts.find("lan.tran").orElseThrow())
                    .extracting(Account::role, Account::disabled)
                    .containsExactly(Role.ADMIN, true);
            assertThat(accounts.authenticate("lan.tran", newPassword.toCharArray(), "127.0.0.1"))
                    .isEqualTo(new LoginResult.Disabled());
            assertThat(new AuditLog(database).list(AuditFilter.all().actor(ACTOR)))
                    .extracting(AuditEntry::action, AuditEntry::detail)
                    .containsExactly(
                            tuple(AuditAction.ACCOUNT_DISABLE, ""),
                            tuple(AuditAction.ACCOUNT_ROLE, "viewer -> admin"),
                            tuple(AuditAction.ACCOUNT_PASSWORD, ""),
                            tuple(AuditAction.ACCOUNT_ADD, "viewer"));
            return null;
        });
        Result enable = user("", "enable", "lan.tran");
        assertThat(enable.exitCode()).isEqualTo(Cli.EXIT_OK);
        assertThat(enable.stdout()).isEqualTo("Đã mở khóa tài khoản lan.tran." + System.lineSeparator());
    }

    @Test
    void anUnknownAccountIsAUsageError() {
        Result passwd = user(PASSWORD + "\n", "passwd", "ghost.user", "--password-stdin");
        Result role = user("", "role", "ghost.user", "viewer");
        Result disable = user("", "disable", "ghost.user");

        for (Result result : List.of(passwd, role, disable)) {
            assertThat(result.exitCode()).isEqualTo(Cli.EXIT_USAGE);
            assertThat(result.stderr())
                    .isEqualTo("Lỗi: Không có tài khoản \"ghost.user\". Xem danh sách bằng: bin/danhgia user list"
                            + System.lineSeparator());
        }
    }

    @Test
    void listsAccountsWithoutHashes() {
        Result empty = user("", "list");
        user(PASSWORD + "\n", "add", "lan.tran", "--role", "analyst", "--password-stdin");
        user(PASSWORD + "\n", "add", "hoa.le", "--role", "admin", "--password-stdin");
        user("", "disable", "lan.tran");

        Result list = user("", "list");

        assertThat(empty.exitCode()).isEqualTo(Cli.EXIT_OK);
        assertThat(empty.stdout()).startsWith("Chưa có tài khoản nào.");
        assertThat(list.exitCode()).isEqualTo(Cli.EXIT_OK);
        List<String> lines = list.stdout().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("Tên").contains("Vai trò").contains("Trạng thái");
        assertThat(lines.get(1))
                .startsWith("hoa.le")
                .contains("Quản trị")
                .contains("Đang dùng")
                .contains(" vi ");
        assertThat(lines.get(2)).startsWith("lan.tran").contains("Chuyên viên").contains("Đã khóa");
        assertThat(list.stdout()).doesNotContain("argon2");

        Result before = run("user", "--warehouse", warehouse().toString(), "list");
        assertThat(before.stdout()).isEqualTo(list.stdout());
    }

    @Test
    void speaksEnglishWhenAsked() {
        System.setProperty("danhgia.lang", "en");

        Result added = user(PASSWORD + "\n", "add", "lan.tran", "--role", "admin", "--password-stdin");
        Result shortPassword = user("short\n", "passwd", "lan.tran", "--password-stdin");

        assertThat(added.stdout()).isEqualTo("Account lan.tran added (Administrator)." + System.lineSeparator());
        assertThat(shortPassword.exitCode()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(shortPassword.stderr())
                .endsWith("The password is too short: it needs at least 12 characters. "
                        + "Use a long sentence you remember, or a generated password." + System.lineSeparator());
    }

    @Test
    void userAloneSaysWhichCommandsThereAre() {
        Result result = user("");

        assertThat(result.exitCode()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(result.stderr())
                .isEqualTo("Hãy chọn một lệnh: add, passwd, role, list, disable, enable. Xem: bin/danhgia user --help"
                        + System.lineSeparator());
    }
}
