package vn.danhgia.etl.read.internal;

import java.util.Objects;
import java.util.Optional;

/**
 * One column of a recognized header: the 0-based column, the canonical field it fills, its header text
 * as written, and for a mark column (an x under 'HTTNV' in a 'Chi bộ xếp loại' group) the level text the
 * mark stands for.
 */
public record ColumnBinding(int column, String field, String header, Optional<String> markLevel) {
    public ColumnBinding {
        if (column < 0) {
            throw new IllegalArgumentException("column must be >= 0: " + column);
        }
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(markLevel, "markLevel");
    }

    public boolean isMark() {
        return markLevel.isPresent();
    }
}
