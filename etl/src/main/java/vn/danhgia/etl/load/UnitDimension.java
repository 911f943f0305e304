package vn.danhgia.etl.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /** A unit version: its code and the day it starts, as written. */
    private record Version(String code, String validFrom) {}

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
        java.util.Set<Version> versions = new java.util.HashSet<>();
        java.util.Set<String> files = new java.util.TreeSet<>();
        // a national registry has close to a million rows whose types, tiers, parents, dates, files and
        // load ids repeat: one copy of each text, or the registry alone outgrows a 2 GB heap
        Map<String, String> shared = new HashMap<>();
        String sheet = "";
        try (PreparedStatement query = connection.prepareStatement(all);
                ResultSet result = query.executeQuery()) {
            while (result.next()) {
                String codeText = text(result, 5);
                String code = codeText.trim(); // the same String when there is nothing to trim
                String validFrom = shared(shared, text(result, 10));
                if (!versions.add(new Version(code, validFrom.trim()))) {
                    continue; // the same unit version listed in several files (e.g. the city committee)
                }
                String file = shared(shared, result.getString(2));
                files.add(file);
                sheet = shared(shared, result.getString(3));
                origins.putIfAbsent(
                        code, new Origin(shared(shared, result.getString(1)), file, sheet, result.getInt(4)));
                rows.add(new RegistryRow(
                        result.getInt(4),
                        codeText,
                        text(result, 6),
                        shared(shared, text(result, 7)),
                        shared(shared, text(result, 8)),
                        shared(shared, text(result, 9)),
                        validFrom,
                        shared(shared, text(result, 11)),
                        shared(shared, text(result, 12)),
                        shared(shared, text(result, 13))));
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
        try (TableAppender units = TableAppender.open(connection, "core", "dim_unit");
                TableAppender aliases = TableAppender.open(connection, "core", "unit_alias")) {
            for (Unit unit : registry.units()) {
                Origin origin = registryFile.origins().get(unit.code());
                units.row(
                        unit.code(),
                        unit.name(),
                        unit.type().code(),
                        unit.parentCode().orElse(null),
                        unit.tier().code(),
                        unit.validFrom(),
                        unit.validTo().orElse(null),
                        false,
                        origin == null ? null : origin.file(),
                        origin == null || origin.sheet().isEmpty() ? null : origin.sheet(),
                        origin == null ? null : origin.row(),
                        origin == null ? null : origin.loadId());
                alias(aliases, UnitNames.matchKey(unit.name()), unit, "name");
                alias(aliases, UnitNames.matchKey(unit.code()), unit, "code");
                alias(aliases, UnitNames.exactKey(unit.name()), unit, "exact");
            }
        }
        try (TableAppender changes = TableAppender.open(connection, "core", "unit_lineage")) {
            for (LineageChange change : registry.lineage().changes()) {
                Origin origin = registryFile.origins().get(change.fromCode());
                changes.row(
                        change.fromCode(),
                        change.toCode(),
                        change.effectiveDate(),
                        change.kind().code(),
                        origin == null ? null : origin.file(),
                        origin == null || origin.sheet().isEmpty() ? null : origin.sheet(),
                        origin == null ? null : origin.row(),
                        origin == null ? null : origin.loadId());
            }
        }
        LocalDate asOf = asOf(registry);
        try (TableAppender mapping = TableAppender.open(connection, "core", "unit_mapping")) {
            for (LineageMapping row : registry.lineage().mappingTo(asOf)) {
                mapping.row(
                        row.historicCode(),
                        asOf,
                        row.currentCode(),
                        java.math.BigDecimal.valueOf(row.share()).setScale(4, java.math.RoundingMode.HALF_UP));
            }
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

    private static void alias(TableAppender aliases, String key, Unit unit, String origin) throws SQLException {
        if (!key.isBlank()) {
            aliases.row(key, unit.code(), unit.validFrom(), unit.validTo().orElse(null), origin);
        }
    }

    /** The one copy of {@code value} kept for the whole registry (null stays null). */
    private static String shared(Map<String, String> shared, String value) {
        return value == null ? null : shared.computeIfAbsent(value, text -> text);
    }

    private static String text(ResultSet result, int column) throws SQLException {
        String value = result.getString(column);
        return value == null ? "" : value;
    }
}
