package vn.danhgia.core.rules;

import java.util.Objects;
import java.util.Optional;
import vn.danhgia.core.level.RatingLevel;

/**
 * What discipline in the rating year does to an individual's level: it caps it at {@code maximum}
 * (KHTNV), unless (2023 on) the violation was self-detected and its consequences remedied.
 */
public record DisciplineRule(RatingLevel maximum, boolean exceptSelfDetectedAndRemedied, String description) {

    public DisciplineRule {
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(description, "description");
    }

    /** The highest level allowed for someone disciplined in the year; empty when the exception frees them. */
    public Optional<RatingLevel> capFor(boolean selfDetectedAndRemedied) {
        return exceptSelfDetectedAndRemedied && selfDetectedAndRemedied ? Optional.empty() : Optional.of(maximum);
    }
}
