package vn.danhgia.dashboard.report.model;

/** How a table column's values are stored and shown. */
public enum ColumnKind {
    /** Text, left-aligned. Values are {@code String} (or null for empty). */
    TEXT,
    /** Whole numbers with thousands separators. Values are {@code Long} or {@code Integer}. */
    INTEGER,
    /** Numbers with decimals. Values are {@code Double} or {@code BigDecimal}. */
    DECIMAL,
    /** Shares as fractions from 0 to 1 ({@code 0.125} shows as 12,5%). Values are {@code Double} or {@code BigDecimal}. */
    PERCENT
}
