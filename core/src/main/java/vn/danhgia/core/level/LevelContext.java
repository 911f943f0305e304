package vn.danhgia.core.level;

/**
 * What the caller knows about the column a value comes from. "Tốt" and "Xuất sắc" are both levels
 * (short for HTTNV, HTXSNV) and criterion scores (Xuất sắc / Tốt / Trung bình / Kém), so their meaning
 * depends on the column.
 */
public enum LevelContext {
    /** The column is known to hold an overall rating level: "Tốt" means HTTNV, "Xuất sắc" HTXSNV. */
    LEVEL_COLUMN,
    /** The column's meaning is not certain: words that are also criterion scores are ambiguous. */
    GENERIC
}
