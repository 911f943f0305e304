package vn.danhgia.dashboard.console;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.danhgia.dashboard.auth.AppDatabase;

/**
 * What each account ran in the console, in the application database. Private: every read names the
 * account, and a run of another account is as absent as one that never was.
 */
public final class QueryHistory {
    static final DateTimeFormatter STORED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final AppDatabase database;
    private final Clock clock;

    public QueryHistory(AppDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records a run of {@code account} that started at {@code startedAt}; returns it with its id. */
    public HistoryEntry record(
            String account, String sql, Instant startedAt, Duration duration, long rowCount, QueryOutcome outcome) {
        Instant started = startedAt.truncatedTo(ChronoUnit.MILLIS);
        long id = database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(ConsoleSql.of("history_insert"))) {
                insert.setString(1, sql);
                insert.setString(2, STORED.format(started));
                insert.setLong(3, duration.toMillis());
                insert.setLong(4, rowCount);
                insert.setString(5, outcome.code());
                insert.setString(6, account);
                try (ResultSet keys = insert.executeQuery()) {
                    if (!keys.next()) {
                        throw new SQLException("no account named " + account);
                    }
                    return keys.getLong(1);
                }
            }
        });
        return new HistoryEntry(id, sql, started, duration, rowCount, outcome);
    }

    /** Now, as a run's start is stored. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The account's latest runs, newest first. */
    public List<HistoryEntry> list(String account, int limit) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(ConsoleSql.of("history_list"))) {
                select.setString(1, account);
                select.setInt(2, limit);
                List<HistoryEntry> entries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(entry(rows));
                    }
                }
                return List.copyOf(entries);
            }
        });
    }

    /** One run, if it is the account's own. */
    public Optional<HistoryEntry> find(String account, long id) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(ConsoleSql.of("history_find"))) {
                select.setLong(1, id);
                select.setString(2, account);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(entry(rows)) : Optional.empty();
                }
            }
        });
    }

    private static HistoryEntry entry(ResultSet rows) throws SQLException {
        return new HistoryEntry(
                rows.getLong("history_id"),
                rows.getString("sql"),
                Instant.parse(rows.getString("started_at")),
                Duration.ofMillis(rows.getLong("duration_ms")),
                rows.getLong("row_count"),
                QueryOutcome.fromCode(rows.getString("outcome")));
    }
}
