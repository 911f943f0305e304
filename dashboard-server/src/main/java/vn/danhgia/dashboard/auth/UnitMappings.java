package vn.danhgia.dashboard.auth;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The decisions mapping provisional units to registered ones, one per provisional code (a new
 * decision replaces the old). They are only stored here; the load applies them.
 */
public final class UnitMappings {
    private final AppDatabase database;
    private final Clock clock;

    public UnitMappings(AppDatabase database) {
        this(database, Clock.systemUTC());
    }

    public UnitMappings(AppDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records (or replaces) the decision for a provisional code; returns it as stored. */
    public UnitMapping decide(
            String provisionalCode, String provisionalName, String registeredCode, String actor, String note) {
        UnitMapping mapping = new UnitMapping(
                provisionalCode,
                provisionalName,
                registeredCode,
                actor,
                Timestamps.now(clock),
                note == null ? "" : note);
        database.write(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(Sql.of("unit_mapping_upsert"))) {
                upsert.setString(1, mapping.provisionalCode());
                upsert.setString(2, mapping.provisionalName());
                upsert.setString(3, mapping.registeredCode());
                upsert.setString(4, mapping.decidedBy());
                upsert.setString(5, Timestamps.format(mapping.decidedAt()));
                upsert.setString(6, mapping.note());
                return upsert.executeUpdate();
            }
        });
        return mapping;
    }

    /** Every decision, by provisional code. */
    public List<UnitMapping> list() {
        return database.read(connection -> {
            List<UnitMapping> mappings = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(Sql.of("unit_mapping_list"));
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    mappings.add(new UnitMapping(
                            rows.getString("provisional_code"),
                            rows.getString("provisional_name"),
                            rows.getString("registered_code"),
                            rows.getString("decided_by"),
                            Timestamps.parse(rows.getString("decided_at")),
                            rows.getString("note")));
                }
            }
            return List.copyOf(mappings);
        });
    }

    /** Withdraws the decision for a provisional code; returns whether there was one. */
    public boolean remove(String provisionalCode) {
        return database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(Sql.of("unit_mapping_delete"))) {
                delete.setString(1, provisionalCode);
                return delete.executeUpdate() == 1;
            }
        });
    }
}
