package vn.danhgia.dashboard.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsTest {
    private static final char[] PASSWORD = "một câu dài dễ nhớ".toCharArray();

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-12-15T01:30:00Z"));
    private AppDatabase database;
    private Accounts accounts;

    @BeforeEach
    void open() {
        database = AppDatabase.open(folder.resolve("app.db"));
        accounts = new Accounts(database, clock, ThrottlePolicy.DEFAULT);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void addsAnAccountThatIsFoundWhateverTheCase() {
        Account added = accounts.add("Lan.Tran", Role.ANALYST, PASSWORD);

        assertThat(added)
                .isEqualTo(new Account(
                        "Lan.Tran",
                        Role.ANALYST,
                        false,
                        "vi",
                        Instant.parse("2025-12-15T01:30:00Z"),
                        Instant.parse("2025-12-15T01:30:00Z")));
        assertThat(accounts.find("lan.tran")).contains(added);
        assertThat(accounts.find("nobody")).isEmpty();
    }

    @Test
    void refusesANameTakenInAnotherCase() {
        accounts.add("lan.tran", Role.VIEWER, PASSWORD);

        assertThatThrownBy(() -> accounts.add("LAN.TRAN", Role.ADMIN, PASSWORD))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason())
                        .isEqualTo(AccountException.Reason.DUPLICATE_NAME))
                .hasMessage("Đã có tài khoản \"LAN.TRAN\" (tên tài khoản không phân biệt chữ hoa, chữ thường). "
                        + "Hãy chọn tên khác.");
        assertThat(accounts.list()).extracting(Account::role).containsExactly(Role.VIEWER);
    }

    @Test
    void refusesAPasswordShorterThanTwelveCharactersInVietnamese() {
        assertThatThrownBy(() -> accounts.add("lan.tran", Role.VIEWER, "ngắn quá".toCharArray()))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason())
                        .isEqualTo(AccountException.Reason.SHORT_PASSWORD))
                .hasMessage("Mật khẩu quá ngắn: cần ít nhất 12 ký tự. "
                        + "Nên dùng một câu dài dễ nhớ, hoặc mật khẩu do máy tạo.");
        assertThat(accounts.list()).isEmpty();
    }

    @Test
    void refusesNamesOutsideLettersDigitsDotsUnderscoresAndHyphens() {
        for (String name : new String[] {"ab", "trần", "a b c", "x".repeat(65), "a;drop"}) {
            assertThatThrownBy(() -> accounts.add(name, Role.VIEWER, PASSWORD))
                    .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason())
                            .isEqualTo(AccountException.Reason.INVALID_NAME));
        }
        assertThat(accounts.add("a_b-c.9", Role.VIEWER, PASSWORD).name()).isEqualTo("a_b-c.9");
    }

    @Test
    void authenticatesTheRightPasswordOnly() {
        accounts.add("lan.tran", Role.ANALYST, PASSWORD);

        LoginResult right = accounts.authenticate("LAN.TRAN", PASSWORD, "10.0.0.5");
        LoginResult wrong = accounts.authenticate("lan.tran", "một câu dài dễ quên".toCharArray(), "10.0.0.5");
        LoginResult unknown = accounts.authenticate("ghost.user", PASSWORD, "10.0.0.5");

        assertThat(right).isInstanceOfSatisfying(LoginResult.Success.class, success -> assertThat(
                        success.account().name())
                .isEqualTo("lan.tran"));
        assertThat(wrong).isEqualTo(new LoginResult.BadCredentials());
        assertThat(unknown).isEqualTo(new LoginResult.BadCredentials());
    }

    @Test
    void aDisabledAccountIsToldSoOnlyWithTheRightPassword() {
        accounts.add("lan.tran", Role.ANALYST, PASSWORD);
        accounts.disable("lan.tran");

        assertThat(accounts.authenticate("lan.tran", PASSWORD, "10.0.0.5")).isEqualTo(new LoginResult.Disabled());
        assertThat(accounts.authenticate("lan.tran", "không phải mật khẩu".toCharArray(), "10.0.0.5"))
                .isEqualTo(new LoginResult.BadCredentials());
        accounts.enable("lan.tran");
        assertThat(accounts.authenticate("lan.tran", PASSWORD, "10.0.0.5").outcome())
                .isEqualTo(LoginResult.Outcome.SUCCESS);
    }

    @Test
    void changesPasswordRoleAndLanguage() {
        accounts.add("lan.tran", Role.VIEWER, PASSWORD);
        clock.advance(java.time.Duration.ofDays(3));
        char[] newPassword = "mật khẩu mới cũng dài".toCharArray();

        Account changed = accounts.changePassword("LAN.tran", newPassword);
        accounts.changeRole("lan.tran", Role.ADMIN);
        accounts.setLanguage("lan.tran", "en");

        assertThat(changed.passwordChangedAt()).isEqualTo(Instant.parse("2025-12-18T01:30:00Z"));
        assertThat(accounts.authenticate("lan.tran", PASSWORD, "x")).isEqualTo(new LoginResult.BadCredentials());
        assertThat(accounts.authenticate("lan.tran", newPassword, "x").outcome())
                .isEqualTo(LoginResult.Outcome.SUCCESS);
        assertThat(accounts.find("lan.tran").orElseThrow())
                .extracting(Account::role, Account::language)
                .containsExactly(Role.ADMIN, "en");
        assertThatThrownBy(() -> accounts.setLanguage("lan.tran", "fr"))
                .hasMessage("Không có ngôn ngữ \"fr\". Hãy chọn vi (tiếng Việt) hoặc en (tiếng Anh).");
        assertThatThrownBy(() -> accounts.changeRole("ghost.user", Role.ADMIN))
                .hasMessage("Không có tài khoản \"ghost.user\". Xem danh sách bằng: bin/danhgia user list");
    }

    @Test
    void storesOnlyASaltedArgon2Hash() {
        accounts.add("lan.tran", Role.VIEWER, PASSWORD);
        accounts.add("hoa.le", Role.VIEWER, PASSWORD);

        String hashes = AppDatabaseTest.scalar(database, "select group_concat(password_hash, ' ') from accounts");

        assertThat(hashes.split(" ")).hasSize(2).allSatisfy(hash -> assertThat(hash)
                .startsWith("$argon2id$v=19$m=16384,t=2,p=1$"));
        assertThat(hashes.split(" ")[0]).isNotEqualTo(hashes.split(" ")[1]);
        assertThat(hashes).doesNotContain(new String(PASSWORD));
    }

    @Test
    void generatesSixteenUnambiguousCharacters() {
        String password = Accounts.generatePassword();

        assertThat(password).hasSize(16).matches("[A-HJ-NP-Za-km-np-z2-9]{16}");
        assertThat(Accounts.generatePassword()).isNotEqualTo(password);
    }

    @Test
    void rolesIncludeTheLowerOnesAndHaveVietnameseLabels() {
        assertThat(Role.ADMIN.includes(Role.ANALYST)).isTrue();
        assertThat(Role.ANALYST.includes(Role.VIEWER)).isTrue();
        assertThat(Role.VIEWER.includes(Role.ANALYST)).isFalse();
        assertThat(Role.ANALYST.includes(Role.ADMIN)).isFalse();
        assertThat(Role.VIEWER.label(Locale.forLanguageTag("vi"))).isEqualTo("Người xem");
        assertThat(Role.ANALYST.label(Locale.forLanguageTag("vi"))).isEqualTo("Chuyên viên");
        assertThat(Role.ADMIN.label(Locale.forLanguageTag("vi"))).isEqualTo("Quản trị");
        assertThat(Role.ADMIN.label(Locale.ENGLISH)).isEqualTo("Administrator");
        assertThat(Role.parse(" Analyst ")).isEqualTo(Role.ANALYST);
        assertThatThrownBy(() -> Role.parse("boss"))
                .hasMessage("Không có vai trò \"boss\". Hãy chọn một trong: viewer (người xem), "
                        + "analyst (chuyên viên), admin (quản trị).");
    }
}
