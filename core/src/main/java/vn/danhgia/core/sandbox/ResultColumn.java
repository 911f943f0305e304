package vn.danhgia.core.sandbox;

import java.util.Objects;

/**
 * One column of a {@link QueryResult}.
 *
 * @param name the column's name as the query gave it
 * @param type DuckDB's type name (VARCHAR, BIGINT, DECIMAL(5,4), DATE ...)
 * @param numeric whether its values are numbers (right-aligned, numbers in a spreadsheet)
 */
public record ResultColumn(String name, String type, boolean numeric) {
    public ResultColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
