package vn.danhgia.core.rules;

import java.util.Objects;
import vn.danhgia.core.level.RatingStatus;

/** A category of members not rated, and the status they are recorded with. */
public record Exemption(ExemptionCategory category, RatingStatus status, String description) {

    public Exemption {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(description, "description");
        if (status == RatingStatus.RATED) {
            throw new IllegalArgumentException("An exemption cannot have the status RATED");
        }
    }
}
