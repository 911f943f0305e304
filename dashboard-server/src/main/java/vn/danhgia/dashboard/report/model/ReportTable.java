package vn.danhgia.dashboard.report.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table of a report: a titled grid printed in the PDF and written as its own sheet of the workbook.
 *
 * <p>Each value is a {@code String}, a {@code Long} or {@code Integer}, a {@code Double} or {@code
 * BigDecimal}, or null for an empty cell; the values of numeric columns are numbers, so the workbook stores
 * them as numbers. A {@link ColumnKind#PERCENT} value is a fraction (0.125 for 12,5%).
 *
 * @param title the caption printed above the table
 * @param sheetName the workbook sheet's name: at most 31 characters, none of {@code [ ] : * ? / \}
 * @param columns the columns, at least one
 * @param rows the rows, each with one value per column
 * @param notes sentences printed under the table (sources, restatements), may be empty
 */
public record ReportTable(
        String title, String sheetName, List<ReportColumn> columns, List<List<Object>> rows, List<String> notes)
        implements ReportBlock {
    /** The longest sheet name a workbook accepts. */
    public static final int MAX_SHEET_NAME = 31;

    private static final String FORBIDDEN_IN_SHEET_NAME = "[]:*?/\\";

    public ReportTable {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sheetName, "sheetName");
        columns = List.copyOf(columns);
        notes = List.copyOf(notes);
        if (sheetName.isBlank() || sheetName.length() > MAX_SHEET_NAME) {
            throw new IllegalArgumentException("Table '" + title + "' has the sheet name '" + sheetName
                    + "': give 1 to " + MAX_SHEET_NAME + " characters");
        }
        for (char one : sheetName.toCharArray()) {
            if (FORBIDDEN_IN_SHEET_NAME.indexOf(one) >= 0) {
                throw new IllegalArgumentException("Table '" + title + "' has the sheet name '" + sheetName + "' with '"
                        + one + "': a sheet name cannot hold any of " + FORBIDDEN_IN_SHEET_NAME);
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Table '" + title + "' has no columns");
        }
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (int index = 0; index < rows.size(); index++) {
            List<Object> row = rows.get(index);
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("Row " + (index + 1) + " of table '" + title + "' has " + row.size()
                        + " values for " + columns.size() + " columns");
            }
            for (int column = 0; column < row.size(); column++) {
                checkValue(title, index, columns.get(column), row.get(column));
            }
            // List.copyOf refuses nulls, and a null is an empty cell here
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
    }

    private static void checkValue(String title, int rowIndex, ReportColumn column, Object value) {
        if (value == null) {
            return;
        }
        boolean fits =
                switch (column.kind()) {
                    case TEXT -> value instanceof String;
                    case INTEGER -> value instanceof Long || value instanceof Integer;
                    case DECIMAL, PERCENT ->
                        value instanceof Double
                                || value instanceof BigDecimal
                                || value instanceof Long
                                || value instanceof Integer;
                };
        if (!fits) {
            throw new IllegalArgumentException("Row " + (rowIndex + 1) + " of table '" + title + "', column '"
                    + column.header() + "' (" + column.kind() + ") holds a "
                    + value.getClass().getSimpleName()
                    + ": " + value);
        }
    }
}
