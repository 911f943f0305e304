package vn.danhgia.dashboard.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * Rated members at each level in one year, as decimal counts (whole numbers, except in the "as is"
 * view where a split unit's members are shared out by weight). Shares are over {@code countRated},
 * {@link BigDecimal} fractions 0..1 with 4 places, half up; empty when nobody was rated.
 */
public record LevelTally(
        BigDecimal countRated,
        BigDecimal countExcellent,
        BigDecimal countGood,
        BigDecimal countCompleted,
        BigDecimal countNotCompleted) {

    public static final LevelTally EMPTY =
            new LevelTally(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public LevelTally {
        for (BigDecimal count :
                new BigDecimal[] {countRated, countExcellent, countGood, countCompleted, countNotCompleted}) {
            if (Objects.requireNonNull(count, "count").signum() < 0) {
                throw new IllegalArgumentException("a count must not be negative: " + count);
            }
        }
    }

    public LevelTally plus(LevelTally other) {
        return new LevelTally(
                countRated.add(other.countRated),
                countExcellent.add(other.countExcellent),
                countGood.add(other.countGood),
                countCompleted.add(other.countCompleted),
                countNotCompleted.add(other.countNotCompleted));
    }

    public Optional<BigDecimal> excellentShare() {
        return share(countExcellent);
    }

    public Optional<BigDecimal> goodShare() {
        return share(countGood);
    }

    public Optional<BigDecimal> completedShare() {
        return share(countCompleted);
    }

    public Optional<BigDecimal> notCompletedShare() {
        return share(countNotCompleted);
    }

    private Optional<BigDecimal> share(BigDecimal count) {
        return countRated.signum() == 0
                ? Optional.empty()
                : Optional.of(count.divide(countRated, 4, RoundingMode.HALF_UP));
    }

    /** This year minus {@code earlier}: counts, and shares where both years have one. */
    public LevelDelta minus(LevelTally earlier) {
        return new LevelDelta(
                countRated.subtract(earlier.countRated),
                countExcellent.subtract(earlier.countExcellent),
                countGood.subtract(earlier.countGood),
                countCompleted.subtract(earlier.countCompleted),
                countNotCompleted.subtract(earlier.countNotCompleted),
                difference(excellentShare(), earlier.excellentShare()),
                difference(goodShare(), earlier.goodShare()),
                difference(completedShare(), earlier.completedShare()),
                difference(notCompletedShare(), earlier.notCompletedShare()));
    }

    private static Optional<BigDecimal> difference(Optional<BigDecimal> later, Optional<BigDecimal> earlier) {
        return later.flatMap(value -> earlier.map(value::subtract));
    }

    /** The change between two tallies; share deltas are fractions (0.0150 = 1.5 percentage points). */
    public record LevelDelta(
            BigDecimal countRated,
            BigDecimal countExcellent,
            BigDecimal countGood,
            BigDecimal countCompleted,
            BigDecimal countNotCompleted,
            Optional<BigDecimal> excellentShare,
            Optional<BigDecimal> goodShare,
            Optional<BigDecimal> completedShare,
            Optional<BigDecimal> notCompletedShare) {
        public LevelDelta {
            Objects.requireNonNull(countRated, "countRated");
            Objects.requireNonNull(excellentShare, "excellentShare");
            Objects.requireNonNull(goodShare, "goodShare");
            Objects.requireNonNull(completedShare, "completedShare");
            Objects.requireNonNull(notCompletedShare, "notCompletedShare");
        }
    }
}
