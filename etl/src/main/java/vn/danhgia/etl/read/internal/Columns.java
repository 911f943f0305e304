package vn.danhgia.etl.read.internal;

/** Column limits. */
final class Columns {
    /** Cells beyond this column are ignored: no form has more, and stray far-right cells would widen every row. */
    static final int MAX = 256;

    private Columns() {}
}
