package vn.danhgia.etl.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.danhgia.etl.load.UnitMappingDecisions.Stretch;

/** A decision fills only the days when its folded name names no registered unit. */
class UnitMappingDecisionsTest {
    private static final LocalDate FOUNDED = LocalDate.of(2015, 1, 1);

    @Test
    void aVersionWithNothingTakenIsWhole() {
        Stretch version = new Stretch(FOUNDED, Optional.empty());

        assertThat(version.minus(List.of())).containsExactly(version);
    }

    @Test
    void aNameTakenUntilAMergerIsMappedFromTheDayAfter() {
        Stretch version = new Stretch(FOUNDED, Optional.empty());
        Stretch district = new Stretch(FOUNDED, Optional.of(LocalDate.of(2025, 6, 30)));

        assertThat(version.minus(List.of(district)))
                .containsExactly(new Stretch(LocalDate.of(2025, 7, 1), Optional.empty()));
    }

    @Test
    void aNameTakenInTheMiddleLeavesBothEnds() {
        Stretch version = new Stretch(FOUNDED, Optional.of(LocalDate.of(2024, 12, 31)));
        Stretch other = new Stretch(LocalDate.of(2018, 1, 1), Optional.of(LocalDate.of(2019, 12, 31)));

        assertThat(version.minus(List.of(other)))
                .containsExactly(
                        new Stretch(FOUNDED, Optional.of(LocalDate.of(2017, 12, 31))),
                        new Stretch(LocalDate.of(2020, 1, 1), Optional.of(LocalDate.of(2024, 12, 31))));
    }

    @Test
    void aNameTakenForeverLeavesNothing() {
        Stretch version = new Stretch(LocalDate.of(2020, 1, 1), Optional.empty());
        Stretch other = new Stretch(FOUNDED, Optional.empty());

        assertThat(version.minus(List.of(other))).isEmpty();
    }
}
