package vn.danhgia.etl.read;

import java.util.Objects;
import java.util.Optional;

/**
 * How a file was laid out, as detected: the header's first row and depth (2 for a merged two-row header),
 * whether a numbering row followed it, whether levels were x-marks, whether level counts came as SL/%
 * pairs, where each member's cell came from, and for a text file its separator.
 */
public record Layout(
        int headerRow,
        int headerDepth,
        boolean numberingRow,
        boolean levelMarks,
        boolean countSharePairs,
        CellSource cellSource,
        Optional<Character> separator) {

    public Layout {
        if (headerRow < 1) {
            throw new IllegalArgumentException("headerRow must be >= 1: " + headerRow);
        }
        if (headerDepth != 1 && headerDepth != 2) {
            throw new IllegalArgumentException("headerDepth must be 1 or 2: " + headerDepth);
        }
        Objects.requireNonNull(cellSource, "cellSource");
        Objects.requireNonNull(separator, "separator");
    }

    /** Where a member row's cell (chi bộ) came from. */
    public enum CellSource {
        /** The kind has no cell, or the file gives none. */
        NONE,
        /** A 'Chi bộ' column. */
        COLUMN,
        /** Rows holding only the cell's name above its members. */
        GROUP_ROWS,
        /** One sheet per cell, named by a title row or the sheet name. */
        SHEETS
    }
}
