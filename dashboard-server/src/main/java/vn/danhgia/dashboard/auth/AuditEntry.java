package vn.danhgia.dashboard.auth;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One line of the audit log. Absent texts are empty strings, never null.
 *
 * @param occurredAt when, in UTC (stored to the millisecond)
 * @param actor who acted: an account name, {@code cli:<os user>}, or for a failed login the name tried
 * @param object what was acted on: an account name, a file, a member pseudonym, a query title …
 * @param detail what else the reader of the log needs (a new role, a row count …); never a password
 * @param address the client's address, empty for the CLI
 */
public record AuditEntry(
        Instant occurredAt,
        String actor,
        AuditAction action,
        String object,
        String detail,
        String address,
        AuditOutcome outcome) {

    public AuditEntry {
        occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** An entry that occurs now (per {@link AuditLog#record}'s clock unless {@link #at} says otherwise). */
    public static AuditEntry of(String actor, AuditAction action, String object, AuditOutcome outcome) {
        return new AuditEntry(Instant.EPOCH, actor, action, object, "", "", outcome);
    }

    public AuditEntry withDetail(String newDetail) {
        return new AuditEntry(occurredAt, actor, action, object, newDetail, address, outcome);
    }

    public AuditEntry withAddress(String newAddress) {
        return new AuditEntry(occurredAt, actor, action, object, detail, newAddress, outcome);
    }

    public AuditEntry at(Instant instant) {
        return new AuditEntry(instant, actor, action, object, detail, address, outcome);
    }
}
