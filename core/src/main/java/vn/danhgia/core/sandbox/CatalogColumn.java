package vn.danhgia.core.sandbox;

import java.util.Objects;

/** A column of a table the sandbox can read, with its description (empty when it has none). */
public record CatalogColumn(String name, String type, String description) {
    public CatalogColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        description = description == null ? "" : description;
    }
}
