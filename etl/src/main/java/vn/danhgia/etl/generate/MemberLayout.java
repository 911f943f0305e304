package vn.danhgia.etl.generate;

/** The layouts of member lists, after the samples. */
enum MemberLayout {
    /** 2022 sample: title block, merged two-row header, numbering row, totals and signature. */
    CLASSIC,
    /** 2023 sample: levels as x-marks under a merged 'Chi bộ xếp loại', birth dates, no card numbers. */
    X_MARK,
    /** 2025 sample: single header with score columns. */
    SCORED,
    /** 2025, a đảng bộ: one sheet per cell. */
    SCORED_SHEET_PER_CELL,
    /** 2025, a đảng bộ: one sheet with a group row before each cell's members. */
    SCORED_CELL_GROUPS,
    /** A plain CSV export (header row and data). */
    CSV
}
