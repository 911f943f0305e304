package vn.danhgia.core.level;

import java.util.Objects;
import java.util.Optional;

/** What a level cell says: a status, and the level exactly when the status is {@link RatingStatus#RATED}. */
public record ParsedRating(RatingStatus status, Optional<RatingLevel> level) {

    public ParsedRating {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(level, "level");
        if (level.isPresent() != (status == RatingStatus.RATED)) {
            throw new IllegalArgumentException(
                    "A level is given exactly when the status is RATED, got " + status + " with " + level);
        }
    }

    public static ParsedRating rated(RatingLevel level) {
        return new ParsedRating(RatingStatus.RATED, Optional.of(level));
    }

    /** A status without a level (exempt, suspended, new member, not rated). */
    public static ParsedRating unrated(RatingStatus status) {
        return new ParsedRating(status, Optional.empty());
    }

    public boolean isRated() {
        return status == RatingStatus.RATED;
    }
}
