package vn.danhgia.dashboard.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which audit entries to list, newest first, and which page of them.
 *
 * @param from the earliest time included
 * @param until the first time excluded
 */
public record AuditFilter(
        Optional<String> actor,
        Optional<AuditAction> action,
        Optional<Instant> from,
        Optional<Instant> until,
        int limit,
        int offset) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    public AuditFilter {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
    }

    /** Every entry, first page. */
    public static AuditFilter all() {
        return new AuditFilter(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), DEFAULT_LIMIT, 0);
    }

    public AuditFilter actor(String newActor) {
        return new AuditFilter(Optional.of(newActor), action, from, until, limit, offset);
    }

    public AuditFilter action(AuditAction newAction) {
        return new AuditFilter(actor, Optional.of(newAction), from, until, limit, offset);
    }

    /** Entries at or after {@code newFrom} and before {@code newUntil}. */
    public AuditFilter between(Instant newFrom, Instant newUntil) {
        return new AuditFilter(actor, action, Optional.of(newFrom), Optional.of(newUntil), limit, offset);
    }

    public AuditFilter page(int newLimit, int newOffset) {
        return new AuditFilter(actor, action, from, until, newLimit, newOffset);
    }
}
