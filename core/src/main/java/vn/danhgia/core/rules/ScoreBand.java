package vn.danhgia.core.rules;

import java.util.Objects;
import java.util.OptionalDouble;
import vn.danhgia.core.level.RatingLevel;

/** Scores from {@code atLeast} (inclusive) to {@code below} (exclusive) give {@code level}; an empty bound is open. */
public record ScoreBand(RatingLevel level, OptionalDouble atLeast, OptionalDouble below) {

    public ScoreBand {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(atLeast, "atLeast");
        Objects.requireNonNull(below, "below");
        if (atLeast.isPresent() && below.isPresent() && !(atLeast.getAsDouble() < below.getAsDouble())) {
            throw new IllegalArgumentException("Empty score band for " + level + ": " + atLeast + " to " + below);
        }
    }

    public boolean contains(double score) {
        return (atLeast.isEmpty() || score >= atLeast.getAsDouble())
                && (below.isEmpty() || score < below.getAsDouble());
    }
}
