package vn.danhgia.core.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Deadlines set for one year by the superior committee; an empty one keeps the default. */
public record DeadlineOverride(Optional<LocalDate> reviewDoneBy, Optional<LocalDate> reportSentBy) {

    public DeadlineOverride {
        Objects.requireNonNull(reviewDoneBy, "reviewDoneBy");
        Objects.requireNonNull(reportSentBy, "reportSentBy");
    }
}
