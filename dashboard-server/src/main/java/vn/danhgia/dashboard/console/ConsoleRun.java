package vn.danhgia.dashboard.console;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import vn.danhgia.core.sandbox.QueryResult;

/**
 * A run of the console as it is kept for paging and downloads: the history entry it was recorded as,
 * and either the result or the sandbox's message (in the language of whoever ran it).
 */
public record ConsoleRun(String account, HistoryEntry entry, Optional<QueryResult> result, Optional<String> error) {
    public ConsoleRun {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(error, "error");
        if (result.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("a run has a result or an error, not both nor neither");
        }
    }

    public long id() {
        return entry.id();
    }

    public QueryOutcome outcome() {
        return entry.outcome();
    }

    public Duration duration() {
        return entry.duration();
    }

    /** How many values it holds (what the cache of results counts). */
    long cells() {
        return result.map(value ->
                        (long) value.rowCount() * Math.max(1, value.columns().size()))
                .orElse(1L);
    }
}
