package vn.danhgia.dashboard.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-12-15T01:30:00Z"));
    private AppDatabase database;
    private AuditLog audit;

    @BeforeEach
    void open() {
        database = AppDatabase.open(folder.resolve("app.db"));
        audit = new AuditLog(database, clock);
        // 1:30 login, 1:40 export, 1:50 failed login by another name, 2:00 upload, 2:10 login
        record("lan.tran", AuditAction.LOGIN_SUCCESS, "", AuditOutcome.SUCCESS);
        record("lan.tran", AuditAction.EXPORT, "yoy_2025.xlsx", AuditOutcome.SUCCESS);
        record("hoa.le", AuditAction.LOGIN_FAILURE, "", AuditOutcome.FAILURE);
        record("lan.tran", AuditAction.UPLOAD, "xa_an_binh.xlsx", AuditOutcome.SUCCESS);
        record("hoa.le", AuditAction.LOGIN_SUCCESS, "", AuditOutcome.SUCCESS);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void record(String actor, AuditAction action, String object, AuditOutcome outcome) {
        audit.record(AuditEntry.of(actor, action, object, outcome).withAddress("10.0.0.5"));
        clock.advance(Duration.ofMinutes(10));
    }

    @Test
    void listsNewestFirstWithEveryField() {
        assertThat(audit.list(AuditFilter.all().page(2, 0)))
                .containsExactly(
                        new AuditEntry(
                                Instant.parse("2025-12-15T02:10:00Z"),
                                "hoa.le",
                                AuditAction.LOGIN_SUCCESS,
                                "",
                                "",
                                "10.0.0.5",
                                AuditOutcome.SUCCESS),
                        new AuditEntry(
                                Instant.parse("2025-12-15T02:00:00Z"),
                                "lan.tran",
                                AuditAction.UPLOAD,
                                "xa_an_binh.xlsx",
                                "",
                                "10.0.0.5",
                                AuditOutcome.SUCCESS));
        assertThat(audit.count(AuditFilter.all())).isEqualTo(5);
    }

    @Test
    void filtersByActorActionAndTimeAndPages() {
        assertThat(audit.list(AuditFilter.all().actor("lan.tran")))
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.UPLOAD, AuditAction.EXPORT, AuditAction.LOGIN_SUCCESS);
        assertThat(audit.list(AuditFilter.all().action(AuditAction.LOGIN_SUCCESS)))
                .extracting(AuditEntry::actor)
                .containsExactly("hoa.le", "lan.tran");

        AuditFilter window =
                AuditFilter.all().between(Instant.parse("2025-12-15T01:40:00Z"), Instant.parse("2025-12-15T02:00:00Z"));
        assertThat(audit.list(window))
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.LOGIN_FAILURE, AuditAction.EXPORT);
        assertThat(audit.count(window)).isEqualTo(2);

        AuditFilter secondPage = AuditFilter.all().actor("lan.tran").page(2, 2);
        assertThat(audit.list(secondPage)).extracting(AuditEntry::action).containsExactly(AuditAction.LOGIN_SUCCESS);
        assertThat(audit.count(secondPage)).isEqualTo(3);
    }

    @Test
    void keepsAnExplicitTimeAndTheDetail() {
        AuditEntry stored =
                audit.record(AuditEntry.of("cli:root", AuditAction.ACCOUNT_ROLE, "lan.tran", AuditOutcome.SUCCESS)
                        .withDetail("analyst -> admin")
                        .at(Instant.parse("2024-01-01T00:00:00.123456Z")));

        assertThat(stored.occurredAt()).isEqualTo(Instant.parse("2024-01-01T00:00:00.123Z"));
        assertThat(audit.list(AuditFilter.all().actor("cli:root"))).containsExactly(stored);
    }
}
