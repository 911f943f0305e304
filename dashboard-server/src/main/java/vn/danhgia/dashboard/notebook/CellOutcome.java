package vn.danhgia.dashboard.notebook;

import java.util.Objects;
import java.util.Optional;
import vn.danhgia.core.sandbox.QueryResult;
import vn.danhgia.dashboard.chart.ChartSpec;

/**
 * What running one cell gave: a Markdown cell gives nothing; a SQL cell its result and, when it asks for
 * one, its chart; a failed query or a chart that does not fit the result gives an error (in the reader's
 * language) instead.
 */
public record CellOutcome(
        NotebookCell cell, Optional<QueryResult> result, Optional<ChartSpec> chart, Optional<String> error) {
    public CellOutcome {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(error, "error");
    }

    static CellOutcome text(NotebookCell cell) {
        return new CellOutcome(cell, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean failed() {
        return error.isPresent();
    }
}
