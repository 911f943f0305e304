package vn.danhgia.etl.read.internal;

import java.util.Objects;
import java.util.Optional;

/**
 * One column of a recognized header: the 0-based column, the canonical field it fills, its header text
 * as written, for a mark column (an x under 'HTTNV' in a 'Chi bộ xếp loại' group) the level text the
 * mark stands for, and what bound it: the synonym table (score 1), the meaning of its words (their
 * score), or a saved mapping profile (score 1).
 */
public record ColumnBinding(
        int column, String field, String header, Optional<String> markLevel, Source source, double score) {
    /** What bound a column to its field. */
    public enum Source {
        SYNONYM,
        MEANING,
        PROFILE
    }

    public ColumnBinding {
        if (column < 0) {
            throw new IllegalArgumentException("column must be >= 0: " + column);
        }
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(markLevel, "markLevel");
        Objects.requireNonNull(source, "source");
    }

    /** A column bound by the synonym table. */
    public ColumnBinding(int column, String field, String header, Optional<String> markLevel) {
        this(column, field, header, markLevel, Source.SYNONYM, 1.0);
    }

    public boolean isMark() {
        return markLevel.isPresent();
    }
}
