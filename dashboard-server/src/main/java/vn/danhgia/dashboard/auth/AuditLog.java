package vn.danhgia.dashboard.auth;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The audit log: logins, uploads, exports, identity look-ups, account changes, unit mappings and
 * console queries, with who did them, from where, and how they ended. Entries are only added.
 */
public final class AuditLog {
    private final AppDatabase database;
    private final Clock clock;

    public AuditLog(AppDatabase database) {
        this(database, Clock.systemUTC());
    }

    public AuditLog(AppDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Adds an entry; one made by {@link AuditEntry#of} (time unset) is stamped with this log's clock.
     * Returns the entry as stored.
     */
    public AuditEntry record(AuditEntry entry) {
        AuditEntry stamped = entry.occurredAt().equals(Instant.EPOCH) ? entry.at(Timestamps.now(clock)) : entry;
        database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(Sql.of("audit_insert"))) {
                insert.setString(1, Timestamps.format(stamped.occurredAt()));
                insert.setString(2, stamped.actor());
                insert.setString(3, stamped.action().code());
                insert.setString(4, stamped.object());
                insert.setString(5, stamped.detail());
                insert.setString(6, stamped.address());
                insert.setString(7, stamped.outcome().code());
                return insert.executeUpdate();
            }
        });
        return stamped;
    }

    /** The page of entries the filter asks for, newest first. */
    public List<AuditEntry> list(AuditFilter filter) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(Sql.of("audit_list"))) {
                int next = bind(select, filter);
                select.setInt(next, filter.limit());
                select.setInt(next + 1, filter.offset());
                List<AuditEntry> entries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new AuditEntry(
                                Timestamps.parse(rows.getString("occurred_at")),
                                rows.getString("actor"),
                                AuditAction.fromCode(rows.getString("action")),
                                rows.getString("object"),
                                rows.getString("detail"),
                                rows.getString("address"),
                                AuditOutcome.fromCode(rows.getString("outcome"))));
                    }
                }
                return List.copyOf(entries);
            }
        });
    }

    /** How many entries the filter matches on all pages. */
    public long count(AuditFilter filter) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(Sql.of("audit_count"))) {
                bind(select, filter);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    /** Binds the filter's conditions (each given twice: "is null or equals"); returns the next index. */
    private static int bind(PreparedStatement statement, AuditFilter filter) throws SQLException {
        String actor = filter.actor().orElse(null);
        String action = filter.action().map(AuditAction::code).orElse(null);
        String from = filter.from().map(Timestamps::format).orElse(null);
        String until = filter.until().map(Timestamps::format).orElse(null);
        String[] values = {actor, actor, action, action, from, from, until, until};
        for (int index = 0; index < values.length; index++) {
            statement.setString(index + 1, values[index]);
        }
        return values.length + 1;
    }
}
