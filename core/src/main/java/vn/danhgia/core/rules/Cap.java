package vn.danhgia.core.rules;

import java.util.Objects;
import vn.danhgia.core.level.RatingLevel;

/** When {@code condition} holds, the level is at most {@code maximum}. */
public record Cap(CapCondition condition, RatingLevel maximum, String description) {

    public Cap {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(description, "description");
    }
}
