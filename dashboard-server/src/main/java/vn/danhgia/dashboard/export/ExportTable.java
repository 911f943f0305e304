package vn.danhgia.dashboard.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table to download: a title (the XLSX sheet's name), typed columns, and rows whose values match their
 * column's type ({@link ColumnType#accepts}): {@code String} for text, {@code Long}/{@code Integer} for
 * whole numbers, any {@code Number} for decimals and shares, {@code LocalDate} for dates, {@code null}
 * for an empty cell. Checked once here so that both writers can trust it.
 */
public record ExportTable(String title, List<Column> columns, List<List<Object>> rows) {

    /** A column: its header as the user reads it, its type and its width in characters (0: fit the content). */
    public record Column(String header, ColumnType type, int width) {
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(type, "type");
            if (width < 0 || width > 255) {
                throw new IllegalArgumentException("column width must be 0..255 characters: " + width);
            }
        }

        public static Column of(String header, ColumnType type) {
            return new Column(header, type, 0);
        }
    }

    public ExportTable {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("an export needs at least one column");
        }
        List<List<Object>> checked = new ArrayList<>(rows.size());
        for (int index = 0; index < rows.size(); index++) {
            List<Object> row = rows.get(index);
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "row " + (index + 1) + " has " + row.size() + " values for " + columns.size() + " columns");
            }
            for (int column = 0; column < row.size(); column++) {
                Object value = row.get(column);
                if (!columns.get(column).type().accepts(value)) {
                    throw new IllegalArgumentException("row " + (index + 1) + ", column '"
                            + columns.get(column).header() + "' ("
                            + columns.get(column).type() + "): "
                            + value.getClass().getSimpleName() + " " + value + " does not fit");
                }
            }
            // values may be null (empty cells): List.copyOf refuses nulls
            checked.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(checked);
    }

    /** Builds a table row by row. */
    public static Builder builder(String title, List<Column> columns) {
        return new Builder(title, columns);
    }

    public static final class Builder {
        private final String title;
        private final List<Column> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String title, List<Column> columns) {
            this.title = title;
            this.columns = List.copyOf(columns);
        }

        public Builder row(Object... values) {
            rows.add(java.util.Arrays.asList(values.clone()));
            return this;
        }

        public ExportTable build() {
            return new ExportTable(title, columns, rows);
        }
    }
}
