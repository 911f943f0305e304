package vn.danhgia.core.rules;

import java.util.Objects;
import vn.danhgia.core.level.RatingLevel;

/**
 * The cap on excellent ratings: at most {@code ratio} of those rated {@code base} (e.g. HTXSNV ≤ 20% of
 * HTTNV), counted within {@code scope}. {@code confirmed} is false where the sources do not confirm the
 * figure (2025) and the value is a default.
 */
public record ExcellentQuota(double ratio, RatingLevel base, QuotaScope scope, boolean confirmed) {

    public ExcellentQuota {
        if (!(ratio > 0 && ratio <= 1)) {
            throw new IllegalArgumentException("The excellent quota ratio must be in (0, 1], got " + ratio);
        }
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(scope, "scope");
    }

    /** The most excellent ratings allowed when {@code baseCount} are rated at the base level. */
    public long maximumExcellent(long baseCount) {
        // a small epsilon keeps 0.20 * 40 at 8, not 7.999...
        return (long) Math.floor(ratio * baseCount + 1e-9);
    }
}
