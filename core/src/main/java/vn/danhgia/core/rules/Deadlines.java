package vn.danhgia.core.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When the reviews must be finished and the report must reach the superior committee: a day and month
 * every year (10/12 and 15/12 by default), overridable for a single year. The date is the one written
 * in the instruction ("trước ngày 10/12"); whether a detector counts it inclusive is its own choice.
 */
public record Deadlines(MonthDay reviewDoneBy, MonthDay reportSentBy, Map<Integer, DeadlineOverride> overrides) {

    public Deadlines {
        Objects.requireNonNull(reviewDoneBy, "reviewDoneBy");
        Objects.requireNonNull(reportSentBy, "reportSentBy");
        overrides = Map.copyOf(overrides);
    }

    public LocalDate reviewDoneBy(int year) {
        return override(year).flatMap(DeadlineOverride::reviewDoneBy).orElseGet(() -> reviewDoneBy.atYear(year));
    }

    public LocalDate reportSentBy(int year) {
        return override(year).flatMap(DeadlineOverride::reportSentBy).orElseGet(() -> reportSentBy.atYear(year));
    }

    private Optional<DeadlineOverride> override(int year) {
        return Optional.ofNullable(overrides.get(year));
    }
}
