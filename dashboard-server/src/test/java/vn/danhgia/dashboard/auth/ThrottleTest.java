package vn.danhgia.dashboard.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThrottleTest {
    private static final char[] PASSWORD = "một câu dài dễ nhớ".toCharArray();
    private static final char[] WRONG = "một câu sai dễ nhớ".toCharArray();

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-12-15T01:30:00Z"));
    private AppDatabase database;
    private Accounts accounts;

    @BeforeEach
    void open() {
        database = AppDatabase.open(folder.resolve("app.db"));
        accounts = new Accounts(database, clock, ThrottlePolicy.DEFAULT);
        accounts.add("lan.tran", Role.ANALYST, PASSWORD);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void refusesEvenTheRightPasswordAfterFiveFailuresForAnAccount() {
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThat(accounts.authenticate("lan.tran", WRONG, "10.0.0." + attempt))
                    .isEqualTo(new LoginResult.BadCredentials());
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(accounts.authenticate("LAN.TRAN", WRONG, "10.0.0.9")).isEqualTo(new LoginResult.BadCredentials());
        clock.advance(Duration.ofSeconds(5));

        assertThat(accounts.authenticate("lan.tran", PASSWORD, "10.0.0.10"))
                .isEqualTo(new LoginResult.Throttled(Duration.ofSeconds(25)));
        clock.advance(Duration.ofSeconds(25));
        assertThat(accounts.authenticate("lan.tran", PASSWORD, "10.0.0.10").outcome())
                .isEqualTo(LoginResult.Outcome.SUCCESS);
    }

    @Test
    void theDelayDoublesWithEachFurtherFailure() {
        for (int attempt = 0; attempt < 5; attempt++) {
            accounts.authenticate("lan.tran", WRONG, "10.0.0.1");
        }
        assertThat(accounts.authenticate("lan.tran", WRONG, "10.0.0.1"))
                .isEqualTo(new LoginResult.Throttled(Duration.ofSeconds(30)));

        clock.advance(Duration.ofSeconds(30));
        assertThat(accounts.authenticate("lan.tran", WRONG, "10.0.0.1")).isEqualTo(new LoginResult.BadCredentials());
        assertThat(accounts.authenticate("lan.tran", PASSWORD, "10.0.0.1"))
                .isEqualTo(new LoginResult.Throttled(Duration.ofSeconds(60)));

        clock.advance(Duration.ofSeconds(60));
        accounts.authenticate("lan.tran", WRONG, "10.0.0.1");
        assertThat(accounts.authenticate("lan.tran", PASSWORD, "10.0.0.1"))
                .isEqualTo(new LoginResult.Throttled(Duration.ofSeconds(120)));
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        for (int attempt = 0; attempt < 5; attempt++) {
            accounts.authenticate("lan.tran", WRONG, "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(15));

        accounts.authenticate("lan.tran", WRONG, "10.0.0.1");
        assertThat(accounts.authenticate("lan.tran", PASSWORD, "10.0.0.1").outcome())
                .isEqualTo(LoginResult.Outcome.SUCCESS);
    }

    @Test
    void aSuccessClearsTheAccountsFailures() {
        for (int attempt = 0; attempt < 4; attempt++) {
            accounts.authenticate("lan.tran", WRONG, "10.0.0.1");
        }
        assertThat(accounts.authenticate("lan.tran", PASSWORD, "10.0.0.1").outcome())
                .isEqualTo(LoginResult.Outcome.SUCCESS);

        for (int attempt = 0; attempt < 4; attempt++) {
            assertThat(accounts.authenticate("lan.tran", WRONG, "10.0.0.1"))
                    .isEqualTo(new LoginResult.BadCredentials());
        }
        assertThat(accounts.authenticate("lan.tran", PASSWORD, "10.0.0.1").outcome())
                .isEqualTo(LoginResult.Outcome.SUCCESS);
    }

    @Test
    void twentyFailuresFromOneAddressThrottleEveryNameFromIt() {
        for (int attempt = 0; attempt < 20; attempt++) {
            assertThat(accounts.authenticate("guess" + attempt, WRONG, "192.0.2.7"))
                    .isEqualTo(new LoginResult.BadCredentials());
        }

        assertThat(accounts.authenticate("lan.tran", PASSWORD, "192.0.2.7"))
                .isEqualTo(new LoginResult.Throttled(Duration.ofSeconds(30)));
        assertThat(accounts.authenticate("lan.tran", PASSWORD, "192.0.2.8").outcome())
                .isEqualTo(LoginResult.Outcome.SUCCESS);
    }

    @Test
    void anUnknownNameIsThrottledLikeAKnownOne() {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(accounts.authenticate("ghost.user", WRONG, "10.0.0." + attempt))
                    .isEqualTo(new LoginResult.BadCredentials());
        }
        assertThat(accounts.authenticate("ghost.user", WRONG, "10.0.0.99"))
                .isEqualTo(new LoginResult.Throttled(Duration.ofSeconds(30)));
    }

    @Test
    void theDelayStopsGrowingAtTheLongest() {
        ThrottlePolicy policy = ThrottlePolicy.DEFAULT;
        assertThat(policy.delayAfter(4, 5)).isEqualTo(Duration.ZERO);
        assertThat(policy.delayAfter(5, 5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(9, 5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(policy.delayAfter(10, 5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(policy.delayAfter(1000, 5)).isEqualTo(Duration.ofMinutes(15));
    }
}
