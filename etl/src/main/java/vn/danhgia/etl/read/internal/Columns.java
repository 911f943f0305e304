package vn.danhgia.etl.read.internal;

import org.apache.poi.ss.util.CellReference;

/** Column helpers. */
public final class Columns {
    /** Cells beyond this column are ignored: no form has more, and stray far-right cells would widen every row. */
    static final int MAX = 256;

    private Columns() {}

    /** The spreadsheet letter of a 0-based column (0 → A). */
    public static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }
}
