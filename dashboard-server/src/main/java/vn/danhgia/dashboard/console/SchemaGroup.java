package vn.danhgia.dashboard.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.danhgia.core.sandbox.CatalogTable;

/** The tables of one schema of the analysts' file, for the schema browser. */
public record SchemaGroup(String schema, List<CatalogTable> tables) {
    public SchemaGroup {
        tables = List.copyOf(tables);
    }

    /** The catalog grouped by schema, in the catalog's order. */
    public static List<SchemaGroup> of(List<CatalogTable> catalog) {
        Map<String, List<CatalogTable>> bySchema = new LinkedHashMap<>();
        for (CatalogTable table : catalog) {
            bySchema.computeIfAbsent(table.schema(), schema -> new ArrayList<>())
                    .add(table);
        }
        List<SchemaGroup> groups = new ArrayList<>();
        bySchema.forEach((schema, tables) -> groups.add(new SchemaGroup(schema, tables)));
        return List.copyOf(groups);
    }
}
