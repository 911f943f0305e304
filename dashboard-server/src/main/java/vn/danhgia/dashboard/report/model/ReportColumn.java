package vn.danhgia.dashboard.report.model;

import java.util.Objects;

/**
 * A column of a report table.
 *
 * @param header the header as the reader sees it
 * @param kind how the column's values are stored and shown
 */
public record ReportColumn(String header, ColumnKind kind) {
    public ReportColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        if (header.isBlank()) {
            throw new IllegalArgumentException("A report column needs a header");
        }
    }
}
