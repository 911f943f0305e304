package vn.danhgia.dashboard.chart;

/** The kinds of chart the dashboard draws; every kind has categories on one axis and values on the other. */
public enum ChartKind {
    /** Series stacked on each other: counts per level, one bar per category. */
    STACKED_BAR,
    /** Series stacked to 100 % of each bar: the values are counts, the axis shows each one's share. */
    STACKED_BAR_100,
    /** One series, one vertical bar per category. */
    BAR,
    /** Several series side by side in each category. */
    GROUPED_BAR,
    /** One line per series through the categories (years, months). */
    LINE,
    /** Bars drawn horizontally: for long category names such as units. */
    HORIZONTAL_BAR
}
