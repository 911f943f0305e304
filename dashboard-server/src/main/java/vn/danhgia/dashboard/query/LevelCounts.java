package vn.danhgia.dashboard.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How many were rated at each level in one year (organizations or leaders), with the shares over
 * {@code countRated} computed here (BigDecimal, 4 places, half up; empty when nobody was rated).
 */
public record LevelCounts(
        int year, long countRated, long countExcellent, long countGood, long countCompleted, long countNotCompleted) {

    public LevelCounts {
        Checks.year(year);
        Checks.count("countRated", countRated);
        Checks.count("countExcellent", countExcellent);
        Checks.count("countGood", countGood);
        Checks.count("countCompleted", countCompleted);
        Checks.count("countNotCompleted", countNotCompleted);
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

    private Optional<BigDecimal> share(long count) {
        return countRated == 0
                ? Optional.empty()
                : Optional.of(
                        BigDecimal.valueOf(count).divide(BigDecimal.valueOf(countRated), 4, RoundingMode.HALF_UP));
    }
}
