package vn.danhgia.core.sandbox;

import java.util.List;
import java.util.Objects;

/** A table the sandbox can read, with its description (empty when it has none) and its columns. */
public record CatalogTable(
        String schema, String name, String description, long estimatedRows, List<CatalogColumn> columns) {
    public CatalogTable {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        columns = List.copyOf(columns);
    }

    public String qualifiedName() {
        return schema + "." + name;
    }
}
