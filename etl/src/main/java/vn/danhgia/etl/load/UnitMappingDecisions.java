package vn.danhgia.etl.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.core.unit.UnitNames;

/**
 * The analysts' decisions that a provisional unit is a registered one, made on the dashboard's data
 * page and kept in its application database beside the warehouse ({@code data/warehouse.duckdb} →
 * {@code data/warehouse.app.db}, table {@code unit_mappings}). The load writes each decision as one more
 * alias of the registered unit ({@code core.unit_alias}, origin {@code mapping}) for the provisional
 * unit's name, so the staging models resolve that name like any other spelling of the unit and need
 * no change. The file is opened read-only, and only when it exists: a warehouse never served has none.
 */
final class UnitMappingDecisions {
    private static final Logger LOG = LoggerFactory.getLogger(UnitMappingDecisions.class);
    private static final Messages MESSAGES = Messages.of("vn.danhgia.etl.load.messages");
    private static final String WAREHOUSE_SUFFIX = ".duckdb";
    private static final String SUFFIX = ".app.db";

    /** One decision: the provisional unit (its code and its name as found in files) is {@code registeredCode}. */
    record Decision(String provisionalCode, String provisionalName, String registeredCode) {
        Decision {
            Objects.requireNonNull(provisionalCode, "provisionalCode");
            Objects.requireNonNull(provisionalName, "provisionalName");
            Objects.requireNonNull(registeredCode, "registeredCode");
        }
    }

    private final List<Decision> decisions;

    private UnitMappingDecisions(List<Decision> decisions) {
        this.decisions = List.copyOf(decisions);
    }

    static UnitMappingDecisions none() {
        return new UnitMappingDecisions(List.of());
    }

    /** The application database of a warehouse, named as the dashboard names it. */
    static Path besideWarehouse(Path warehouse) {
        Path absolute = warehouse.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        String stem =
                name.endsWith(WAREHOUSE_SUFFIX) ? name.substring(0, name.length() - WAREHOUSE_SUFFIX.length()) : name;
        return absolute.resolveSibling(stem + SUFFIX);
    }

    /** The decisions kept beside {@code warehouse}; none when there is no application database. */
    static UnitMappingDecisions read(Path warehouse) {
        Path file = besideWarehouse(warehouse);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        List<Decision> decisions = new ArrayList<>();
        try (Connection connection = config.createConnection("jdbc:sqlite:" + file)) {
            if (!hasTable(connection)) {
                return none(); // a dashboard older than the mappings: nothing decided yet
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(sql("unit_mappings_select"))) {
                while (rows.next()) {
                    decisions.add(new Decision(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new DanhgiaException(
                    ErrorCode.UNREADABLE_FILE,
                    MESSAGES.format("load.mappingsUnreadable", file, e.getMessage()),
                    null,
                    e);
        }
        LOG.info("{}: {} unit mapping decision(s)", file, decisions.size());
        return new UnitMappingDecisions(decisions);
    }

    List<Decision> decisions() {
        return decisions;
    }

    /**
     * Replaces the aliases written from decisions by the current ones; run after the registered units
     * are written and before the staging models. A decision makes the provisional unit's folded name an
     * alias of the registered unit over that unit's versions, except where the folded name already names
     * a registered unit: a name is provisional only where nothing else matches, and the decision fills
     * exactly that gap (elsewhere it would make the name ambiguous). A decision for a unit the registry
     * no longer has adds nothing: the name stays provisional, for the analyst to decide again.
     */
    void writeAliases(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql("mapped_alias_delete"));
        }
        int written = 0;
        for (Decision decision : decisions) {
            String key = UnitNames.matchKey(decision.provisionalName());
            if (key.isBlank() || decision.registeredCode().equals(decision.provisionalCode())) {
                continue; // confirmed as a new unit: nothing to resolve it to
            }
            List<Stretch> taken = stretches(connection, "mapped_alias_taken", key);
            List<Stretch> versions = stretches(connection, "mapped_alias_versions", decision.registeredCode());
            if (versions.isEmpty()) {
                LOG.warn(
                        "unit mapping {} -> {}: the registry has no unit {}; \"{}\" stays provisional",
                        decision.provisionalCode(),
                        decision.registeredCode(),
                        decision.registeredCode(),
                        decision.provisionalName());
            }
            try (PreparedStatement insert = connection.prepareStatement(sql("mapped_alias_insert"))) {
                for (Stretch version : versions) {
                    for (Stretch free : version.minus(taken)) {
                        insert.setString(1, key);
                        insert.setString(2, decision.registeredCode());
                        insert.setObject(3, free.from());
                        insert.setObject(4, free.to().orElse(null));
                        written += insert.executeUpdate();
                    }
                }
            }
        }
        if (!decisions.isEmpty()) {
            LOG.info("unit mappings: {} decision(s), {} alias(es) written", decisions.size(), written);
        }
    }

    /** A stretch of days, both ends inclusive; an empty end is open. */
    record Stretch(LocalDate from, Optional<LocalDate> to) {
        Stretch {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        /** The parts of this stretch that none of {@code others} covers, in order. */
        List<Stretch> minus(List<Stretch> others) {
            List<Stretch> parts = new ArrayList<>(List.of(this));
            for (Stretch other : others) {
                List<Stretch> next = new ArrayList<>();
                for (Stretch part : parts) {
                    next.addAll(part.without(other));
                }
                parts = next;
            }
            return parts;
        }

        private List<Stretch> without(Stretch other) {
            boolean overlaps = !(other.to().map(end -> end.isBefore(from)).orElse(false)
                    || to.map(end -> end.isBefore(other.from())).orElse(false));
            if (!overlaps) {
                return List.of(this);
            }
            List<Stretch> left = new ArrayList<>();
            if (other.from().isAfter(from)) {
                left.add(new Stretch(from, Optional.of(other.from().minusDays(1))));
            }
            if (other.to().isPresent()
                    && to.map(end -> end.isAfter(other.to().get())).orElse(true)) {
                left.add(new Stretch(other.to().get().plusDays(1), to));
            }
            return left;
        }
    }

    private static List<Stretch> stretches(Connection connection, String query, String parameter) throws SQLException {
        List<Stretch> stretches = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql(query))) {
            select.setString(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    LocalDate from = rows.getObject(1, LocalDate.class);
                    if (from != null) {
                        stretches.add(new Stretch(from, Optional.ofNullable(rows.getObject(2, LocalDate.class))));
                    }
                }
            }
        }
        return stretches;
    }

    private static boolean hasTable(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "unit_mappings", null)) {
            return tables.next();
        }
    }

    private static String sql(String name) {
        String resource = "sql/" + name + ".sql";
        try (InputStream in = UnitMappingDecisions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
