package vn.danhgia.dashboard.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitMappingsTest {
    @TempDir
    Path folder;

    @Test
    void aNewDecisionReplacesTheOldAndCanBeWithdrawn() {
        MutableClock clock = new MutableClock(Instant.parse("2025-12-15T01:30:00Z"));
        try (AppDatabase database = AppDatabase.open(folder.resolve("app.db"))) {
            UnitMappings mappings = new UnitMappings(database, clock);
            mappings.decide("P-3F2A", "Chi bộ Thôn 3", "CB-0103", "lan.tran", "tên cũ");
            mappings.decide("P-9B10", "Đảng bộ xã An Bình", "DB-0020", "lan.tran", null);
            clock.advance(Duration.ofDays(1));
            mappings.decide("P-3F2A", "Chi bộ thôn 3", "CB-0104", "hoa.le", "");

            assertThat(mappings.list())
                    .containsExactly(
                            new UnitMapping(
                                    "P-3F2A",
                                    "Chi bộ thôn 3",
                                    "CB-0104",
                                    "hoa.le",
                                    Instant.parse("2025-12-16T01:30:00Z"),
                                    ""),
                            new UnitMapping(
                                    "P-9B10",
                                    "Đảng bộ xã An Bình",
                                    "DB-0020",
                                    "lan.tran",
                                    Instant.parse("2025-12-15T01:30:00Z"),
                                    ""));
            assertThat(mappings.remove("P-9B10")).isTrue();
            assertThat(mappings.remove("P-9B10")).isFalse();
            assertThat(mappings.list()).extracting(UnitMapping::provisionalCode).containsExactly("P-3F2A");
        }
    }
}
