package vn.danhgia.dashboard.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionsTest {
    private static final char[] PASSWORD = "một câu dài dễ nhớ".toCharArray();

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-12-15T01:30:00Z"));
    private AppDatabase database;
    private Accounts accounts;
    private Sessions sessions;
    private Account lan;

    @BeforeEach
    void open() {
        database = AppDatabase.open(folder.resolve("app.db"));
        accounts = new Accounts(database, clock, ThrottlePolicy.DEFAULT);
        sessions = new Sessions(database, clock, Duration.ofMinutes(30), Duration.ofHours(8));
        lan = accounts.add("lan.tran", Role.ANALYST, PASSWORD);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void findsASessionByItsTokenWithItsAccount() {
        Session created = sessions.create(lan, "10.0.0.5", "Firefox");

        assertThat(created.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(created.csrfToken()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(created.token());
        assertThat(sessions.find(created.token())).contains(created);
        assertThat(sessions.find("not-a-token")).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
        assertThat(created.toString()).doesNotContain(created.token()).doesNotContain(created.csrfToken());
    }

    @Test
    void storesOnlyTheTokensDigest() throws IOException {
        Session created = sessions.create(lan, "10.0.0.5", "Firefox");

        assertThat(AppDatabaseTest.scalar(database, "select session_id from sessions"))
                .isEqualTo(Tokens.digest(created.token()))
                .hasSize(64);
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> {
                String bytes = new String(read(file), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(file.toString()).doesNotContain(created.token());
            });
        }
    }

    @Test
    void expiresAfterThirtyMinutesIdle() {
        Session created = sessions.create(lan, "10.0.0.5", "Firefox");

        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.find(created.token())).isPresent();
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.find(created.token())).isPresent();
        clock.advance(Duration.ofMinutes(30));
        assertThat(sessions.find(created.token())).isEmpty();
        assertThat(AppDatabaseTest.scalar(database, "select count(*) from sessions"))
                .isEqualTo("0");
    }

    @Test
    void expiresEightHoursAfterLoginHoweverActive() {
        Session created = sessions.create(lan, "10.0.0.5", "Firefox");

        for (int step = 0; step < 23; step++) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(sessions.find(created.token()))
                    .as("after %d minutes", (step + 1) * 20)
                    .isPresent();
        }
        clock.advance(Duration.ofMinutes(20));
        assertThat(sessions.find(created.token())).isEmpty();
    }

    @Test
    void writesTheLastRequestTimeAtMostOnceAMinute() {
        Session created = sessions.create(lan, "10.0.0.5", "Firefox");

        clock.advance(Duration.ofSeconds(59));
        assertThat(sessions.find(created.token()).orElseThrow().lastSeenAt())
                .isEqualTo(Instant.parse("2025-12-15T01:30:00Z"));
        clock.advance(Duration.ofSeconds(1));
        assertThat(sessions.find(created.token()).orElseThrow().lastSeenAt())
                .isEqualTo(Instant.parse("2025-12-15T01:31:00Z"));
        assertThat(AppDatabaseTest.scalar(database, "select last_seen_at from sessions"))
                .isEqualTo("2025-12-15T01:31:00.000Z");
    }

    @Test
    void matchesTheCsrfTokenExactly() {
        Session created = sessions.create(lan, "10.0.0.5", "Firefox");
        String csrf = created.csrfToken();

        assertThat(created.csrfMatches(csrf)).isTrue();
        assertThat(sessions.find(created.token()).orElseThrow().csrfMatches(csrf))
                .isTrue();
        assertThat(created.csrfMatches(csrf.substring(1))).isFalse();
        assertThat(created.csrfMatches(csrf.toUpperCase(java.util.Locale.ROOT))).isFalse();
        assertThat(created.csrfMatches("")).isFalse();
        assertThat(created.csrfMatches(null)).isFalse();
    }

    @Test
    void logoutAndAccountChangesEndSessions() {
        Session first = sessions.create(lan, "10.0.0.5", "Firefox");
        Session second = sessions.create(lan, "10.0.0.6", "Chromium");
        Session third = sessions.create(lan, "10.0.0.7", "Chromium");

        sessions.invalidate(first.token());
        assertThat(sessions.find(first.token())).isEmpty();
        assertThat(sessions.find(second.token())).isPresent();

        assertThat(sessions.invalidateAll("LAN.TRAN")).isEqualTo(2);
        assertThat(sessions.find(third.token())).isEmpty();

        Session afterRole = sessions.create(lan, "10.0.0.5", "Firefox");
        accounts.changeRole("lan.tran", Role.VIEWER);
        assertThat(sessions.find(afterRole.token())).isEmpty();

        Session afterPassword = sessions.create(lan, "10.0.0.5", "Firefox");
        accounts.changePassword("lan.tran", "một mật khẩu mới khác".toCharArray());
        assertThat(sessions.find(afterPassword.token())).isEmpty();

        Session afterDisable = sessions.create(lan, "10.0.0.5", "Firefox");
        accounts.disable("lan.tran");
        assertThat(sessions.find(afterDisable.token())).isEmpty();
    }

    @Test
    void purgesExpiredSessions() {
        sessions.create(lan, "10.0.0.5", "Firefox");
        clock.advance(Duration.ofMinutes(20));
        Session recent = sessions.create(lan, "10.0.0.6", "Firefox");
        clock.advance(Duration.ofMinutes(15));

        assertThat(sessions.purgeExpired()).isEqualTo(1);
        assertThat(sessions.find(recent.token())).isPresent();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
