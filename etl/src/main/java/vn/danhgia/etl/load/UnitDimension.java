package vn.danhgia.etl.load;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.danhgia.core.unit.LineageChange;
import vn.danhgia.core.unit.LineageDerivation;
import vn.danhgia.core.unit.LineageMapping;
import vn.danhgia.core.unit.RegistryRow;
import vn.danhgia.core.unit.Unit;
import vn.danhgia.core.unit.UnitNames;
import vn.danhgia.core.unit.UnitRegistry;

/**
 * Builds the registered units (core.dim_unit, core.unit_lineage, core.unit_mapping, core.unit_alias) from
 * the most recently loaded unit registry file, through core's lineage derivation: the one piece of
 * conforming done in Java, because validating a lineage (no cycles, consistent dates) is not SQL's
 * strength and the same code serves both engines. Provisional units (names the registry does not
 * know) are added afterwards by the SQL staging models.
 */
final class UnitDimension {
    /** Where a registry row came from. */
    record Origin(String loadId, String file, String sheet, int row) {}

    /**
     * The registry rows of every registry file in raw (a city sends one per district), the first of each
     * unit version kept, with where each came from. {@code name} names the file, or the files' count.
     */
    record RegistryFile(String name, String sheet, List<RegistryRow> rows, Map<String, Origin> origins) {}

    private UnitDimension() {}

    /** All registry rows in raw, if any. */
    static Optional<RegistryFile> latestRegistry(Connection connection) throws SQLException {
        String all = """
                select load_id, source_file, coalesce(source_sheet, ''), source_row, unit_code, unit_name, unit_type,
                       tier, parent_code, valid_from, valid_to, successor_code, note
                from raw.unit_registry
                order by source_file, load_id, source_row
                """;
        List<RegistryRow> rows = new ArrayList<>();
        Map<String, Origin> origins = new HashMap<>();
        java.util.Set<String> versions = new java.util.HashSet<>();
        java.util.Set<String> files = new java.util.TreeSet<>();
        String sheet = "";
        try (PreparedStatement query = connection.prepareStatement(all);
                ResultSet result = query.executeQuery()) {
            while (result.next()) {
                String code = text(result, 5).trim();
                if (!versions.add(code + "|" + text(result, 10).trim())) {
                    continue; // the same unit version listed in several files (e.g. the city committee)
                }
                files.add(result.getString(2));
                sheet = result.getString(3);
                origins.putIfAbsent(
                        code,
                        new Origin(result.getString(1), result.getString(2), result.getString(3), result.getInt(4)));
                rows.add(new RegistryRow(
                        result.getInt(4),
                        text(result, 5),
                        text(result, 6),
                        text(result, 7),
                        text(result, 8),
                        text(result, 9),
                        text(result, 10),
                        text(result, 11),
                        text(result, 12),
                        text(result, 13)));
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String name = files.size() == 1
                ? files.iterator().next()
                : vn.danhgia.core.i18n.Messages.of("vn.danhgia.etl.load.messages")
                        .format("registry.files", files.size(), String.join(", ", files));
        return Optional.of(new RegistryFile(name, files.size() == 1 ? sheet : "", rows, origins));
    }

    /** Derives the lineage (validating it) and rewrites the unit tables; throws when the registry is invalid. */
    static UnitRegistry write(Connection connection, RegistryFile registryFile) throws SQLException {
        UnitRegistry registry =
                LineageDerivation.derive(registryFile.name(), registryFile.sheet(), registryFile.rows());
        ReferenceData.execute(connection, "delete from core.dim_unit");
        ReferenceData.execute(connection, "delete from core.unit_lineage");
        ReferenceData.execute(connection, "delete from core.unit_mapping");
        ReferenceData.execute(connection, "delete from core.unit_alias");
        try (PreparedStatement units = connection.prepareStatement(
                        "insert into core.dim_unit values (?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?)");
                PreparedStatement aliases =
                        connection.prepareStatement("insert into core.unit_alias values (?, ?, ?, ?, ?)")) {
            for (Unit unit : registry.units()) {
                units.setString(1, unit.code());
                units.setString(2, unit.name());
                units.setString(3, unit.type().code());
                units.setString(4, unit.parentCode().orElse(null));
                units.setString(5, unit.tier().code());
                units.setDate(6, Date.valueOf(unit.validFrom()));
                setDate(units, 7, unit.validTo());
                lineage(units, 8, registryFile.origins().get(unit.code()));
                units.addBatch();
                alias(aliases, UnitNames.matchKey(unit.name()), unit, "name");
                alias(aliases, UnitNames.matchKey(unit.code()), unit, "code");
                alias(aliases, UnitNames.exactKey(unit.name()), unit, "exact");
            }
            units.executeBatch();
            aliases.executeBatch();
        }
        try (PreparedStatement changes =
                connection.prepareStatement("insert into core.unit_lineage values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (LineageChange change : registry.lineage().changes()) {
                changes.setString(1, change.fromCode());
                changes.setString(2, change.toCode());
                changes.setDate(3, Date.valueOf(change.effectiveDate()));
                changes.setString(4, change.kind().code());
                lineage(changes, 5, registryFile.origins().get(change.fromCode()));
                changes.addBatch();
            }
            changes.executeBatch();
        }
        LocalDate asOf = asOf(registry);
        try (PreparedStatement mapping =
                connection.prepareStatement("insert into core.unit_mapping values (?, ?, ?, ?)")) {
            for (LineageMapping row : registry.lineage().mappingTo(asOf)) {
                mapping.setString(1, row.historicCode());
                mapping.setDate(2, Date.valueOf(asOf));
                mapping.setString(3, row.currentCode());
                mapping.setDouble(4, row.share());
                mapping.addBatch();
            }
            mapping.executeBatch();
        }
        return registry;
    }

    /** "As is" means the registry's latest state: the last date anything in it starts or changes. */
    private static LocalDate asOf(UnitRegistry registry) {
        LocalDate latest = LocalDate.of(2000, 1, 1);
        for (Unit unit : registry.units()) {
            latest = unit.validFrom().isAfter(latest) ? unit.validFrom() : latest;
        }
        for (LineageChange change : registry.lineage().changes()) {
            latest = change.effectiveDate().isAfter(latest) ? change.effectiveDate() : latest;
        }
        return latest;
    }

    private static void alias(PreparedStatement aliases, String key, Unit unit, String origin) throws SQLException {
        if (key.isBlank()) {
            return;
        }
        aliases.setString(1, key);
        aliases.setString(2, unit.code());
        aliases.setDate(3, Date.valueOf(unit.validFrom()));
        setDate(aliases, 4, unit.validTo());
        aliases.setString(5, origin);
        aliases.addBatch();
    }

    private static void lineage(PreparedStatement insert, int first, Origin origin) throws SQLException {
        if (origin == null) {
            for (int column = 0; column < 4; column++) {
                insert.setNull(first + column, column == 2 ? Types.INTEGER : Types.VARCHAR);
            }
            return;
        }
        insert.setString(first, origin.file());
        insert.setString(first + 1, origin.sheet().isEmpty() ? null : origin.sheet());
        insert.setInt(first + 2, origin.row());
        insert.setString(first + 3, origin.loadId());
    }

    private static void setDate(PreparedStatement insert, int index, Optional<LocalDate> date) throws SQLException {
        if (date.isPresent()) {
            insert.setDate(index, Date.valueOf(date.get()));
        } else {
            insert.setNull(index, Types.DATE);
        }
    }

    private static String text(ResultSet result, int column) throws SQLException {
        String value = result.getString(column);
        return value == null ? "" : value;
    }
}
