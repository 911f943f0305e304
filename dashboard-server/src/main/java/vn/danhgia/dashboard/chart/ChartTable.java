package vn.danhgia.dashboard.chart;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The numbers behind a chart, formatted for an HTML {@code <table>} one click away from it: a row per
 * category, a column per series (and a total for stacked charts), each cell linking where its bar does.
 *
 * @param caption the table's caption
 * @param header the column headings: the category axis label, then the series labels
 * @param rows one row per category, in the chart's order
 */
public record ChartTable(String caption, List<String> header, List<Row> rows) {
    public ChartTable {
        Objects.requireNonNull(caption, "caption");
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.cells().size() + 1 != header.size()) {
                throw new IllegalArgumentException(
                        "Row '" + row.category() + "' has " + row.cells().size() + " cells under " + header.size()
                                + " headings (the first heading is the category's)");
            }
        }
    }

    /** One category: its name (a row heading) and its formatted values. */
    public record Row(String category, List<Cell> cells) {
        public Row {
            Objects.requireNonNull(category, "category");
            cells = List.copyOf(cells);
        }
    }

    /** A formatted value ("1.234", "12,5 %", "–" when missing) and the list it opens, if any. */
    public record Cell(String text, Optional<String> link) {
        public Cell {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(link, "link");
        }
    }
}
