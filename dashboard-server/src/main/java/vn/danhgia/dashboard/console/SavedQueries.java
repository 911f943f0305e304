package vn.danhgia.dashboard.console;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.danhgia.dashboard.auth.AppDatabase;

/** The queries the analysts saved for one another, with a title and a description, in the application database. */
public final class SavedQueries {
    private final AppDatabase database;
    private final Clock clock;

    public SavedQueries(AppDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Saves a query owned by {@code owner}; returns it with its id. */
    public SavedQuery save(String owner, String title, String description, String sql) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long id = database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(ConsoleSql.of("saved_insert"))) {
                insert.setString(1, title);
                insert.setString(2, description);
                insert.setString(3, sql);
                insert.setString(4, QueryHistory.STORED.format(now));
                insert.setString(5, QueryHistory.STORED.format(now));
                insert.setString(6, owner);
                try (ResultSet keys = insert.executeQuery()) {
                    if (!keys.next()) {
                        throw new SQLException("no account named " + owner);
                    }
                    return keys.getLong(1);
                }
            }
        });
        return new SavedQuery(id, title, description, sql, owner, now, now);
    }

    /** Every saved query, by title. */
    public List<SavedQuery> list() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(ConsoleSql.of("saved_list"));
                    ResultSet rows = select.executeQuery()) {
                List<SavedQuery> queries = new ArrayList<>();
                while (rows.next()) {
                    queries.add(query(rows));
                }
                return List.copyOf(queries);
            }
        });
    }

    public Optional<SavedQuery> find(long id) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(ConsoleSql.of("saved_find"))) {
                select.setLong(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(query(rows)) : Optional.empty();
                }
            }
        });
    }

    /** Deletes a saved query; returns whether there was one. */
    public boolean delete(long id) {
        return database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(ConsoleSql.of("saved_delete"))) {
                delete.setLong(1, id);
                return delete.executeUpdate() == 1;
            }
        });
    }

    private static SavedQuery query(ResultSet rows) throws SQLException {
        return new SavedQuery(
                rows.getLong("query_id"),
                rows.getString("title"),
                rows.getString("description"),
                rows.getString("sql"),
                rows.getString("owner"),
                Instant.parse(rows.getString("created_at")),
                Instant.parse(rows.getString("updated_at")));
    }
}
