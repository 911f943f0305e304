package vn.danhgia.core.rules;

import java.util.List;
import vn.danhgia.core.level.RatingLevel;

/**
 * The 100-point bands of QĐ 366 (2025 on): ≥ 90 excellent, 70–&lt;90 good, 50–&lt;70 completed, &lt; 50
 * not completed. Bands are listed from the highest; together they cover every score without overlap.
 */
public record ScoreBands(List<ScoreBand> bands) {

    public ScoreBands {
        bands = List.copyOf(bands);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("No score bands");
        }
        if (bands.get(0).below().isPresent()
                || bands.get(bands.size() - 1).atLeast().isPresent()) {
            throw new IllegalArgumentException(
                    "The highest band must have no upper bound and the lowest no lower bound");
        }
        for (int index = 1; index < bands.size(); index++) {
            ScoreBand higher = bands.get(index - 1);
            ScoreBand lower = bands.get(index);
            if (higher.atLeast().isEmpty()
                    || lower.below().isEmpty()
                    || higher.atLeast().getAsDouble() != lower.below().getAsDouble()
                    || !higher.level().isBetterThan(lower.level())) {
                throw new IllegalArgumentException(
                        "Score bands must touch, from the best level down: " + higher + " then " + lower);
            }
        }
    }

    /** The level a score falls in, e.g. 86.5 → GOOD. */
    public RatingLevel levelFor(double score) {
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("Score is not a number");
        }
        for (ScoreBand band : bands) {
            if (band.contains(score)) {
                return band.level();
            }
        }
        throw new IllegalStateException("Score bands do not cover " + score); // impossible: checked above
    }
}
