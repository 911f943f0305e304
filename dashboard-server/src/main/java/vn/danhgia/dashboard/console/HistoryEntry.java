package vn.danhgia.dashboard.console;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** One run of the console by one account, as its (private) history keeps it. */
public record HistoryEntry(
        long id, String sql, Instant startedAt, Duration duration, long rowCount, QueryOutcome outcome) {
    public HistoryEntry {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(outcome, "outcome");
        if (rowCount < 0) {
            throw new IllegalArgumentException("a row count is not negative: " + rowCount);
        }
    }

    /** The first line of the text, shortened, for a list. */
    public String summary() {
        return Snippets.summary(sql, 120);
    }
}
