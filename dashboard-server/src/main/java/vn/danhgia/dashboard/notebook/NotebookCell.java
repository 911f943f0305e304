package vn.danhgia.dashboard.notebook;

import java.util.Objects;
import java.util.Optional;

/**
 * One cell of a notebook.
 *
 * @param number its position among the notebook's cells, from 1 (how errors name it)
 * @param id the cell's id in the file (nbformat 4.5), or empty
 * @param kind Markdown text or a SQL query
 * @param source the text or the query, as written
 * @param chart the chart a SQL cell asks for, if any
 * @param expectRows whether the analysis expects rows (false for a list that is good when empty, such as
 *     candidates with a discipline decision); the notebooks' test holds every other SQL cell to a row at least
 */
public record NotebookCell(
        int number, Optional<String> id, Kind kind, String source, Optional<ChartRequest> chart, boolean expectRows) {
    /** What a cell holds. */
    public enum Kind {
        MARKDOWN,
        SQL
    }

    public NotebookCell {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(chart, "chart");
        if (number < 1) {
            throw new IllegalArgumentException("cells are numbered from 1, not " + number);
        }
    }

    public boolean isSql() {
        return kind == Kind.SQL;
    }
}
