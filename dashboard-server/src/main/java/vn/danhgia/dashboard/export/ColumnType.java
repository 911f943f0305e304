package vn.danhgia.dashboard.export;

/** What a column holds, which decides how each export writes its cells. */
public enum ColumnType {
    /** Text, neutralized against formula injection ({@link SpreadsheetSafety}). */
    TEXT,
    /** Whole numbers: a numeric cell with thousands grouping in XLSX. */
    INTEGER,
    /** Decimal numbers: a numeric cell with up to two decimals shown in XLSX. */
    DECIMAL,
    /** A fraction 0..1: a numeric cell shown as a percent with one decimal ({@code 0.0%}) in XLSX. */
    SHARE,
    /** A {@link java.time.LocalDate}: a date cell ({@code dd/mm/yyyy}) in XLSX, ISO 8601 in CSV. */
    DATE;

    /** Whether a value belongs in a column of this type ({@code null} is an empty cell of any type). */
    boolean accepts(Object value) {
        return switch (this) {
            case TEXT -> value == null || value instanceof String;
            case INTEGER ->
                value == null
                        || value instanceof Long
                        || value instanceof Integer
                        || value instanceof Short
                        || value instanceof java.math.BigInteger;
            case DECIMAL, SHARE -> value == null || value instanceof Number;
            case DATE -> value == null || value instanceof java.time.LocalDate;
        };
    }
}
