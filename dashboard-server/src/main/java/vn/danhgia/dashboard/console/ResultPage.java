package vn.danhgia.dashboard.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.danhgia.core.sandbox.QueryResult;
import vn.danhgia.core.sandbox.ResultColumn;

/** One page of a run's result as the console shows it (or the run's message when it did not run). */
public record ResultPage(
        ConsoleRun run,
        List<ResultColumn> columns,
        List<List<Cell>> rows,
        int number,
        int pageCount,
        int firstRow,
        int maxRows) {

    /** Rows a page shows. */
    public static final int SIZE = 100;

    /** A value as the page writes it: NULL is not an empty text, and numbers sit to the right. */
    public record Cell(String text, boolean missing, boolean numeric) {}

    public ResultPage {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Page {@code number} (1-based) of the run; a number past the last is the last. */
    public static ResultPage of(ConsoleRun run, int number, int maxRows) {
        if (run.result().isEmpty()) {
            return new ResultPage(run, List.of(), List.of(), 1, 1, 0, maxRows);
        }
        QueryResult result = run.result().get();
        int pages = Math.max(1, (result.rowCount() + SIZE - 1) / SIZE);
        int shown = Math.min(Math.max(1, number), pages);
        int from = (shown - 1) * SIZE;
        int to = Math.min(result.rowCount(), from + SIZE);
        List<List<Cell>> cells = new ArrayList<>(to - from);
        for (List<Object> row : result.rows().subList(from, to)) {
            List<Cell> line = new ArrayList<>(row.size());
            for (int column = 0; column < row.size(); column++) {
                Object value = row.get(column);
                boolean numeric =
                        value instanceof Number || result.columns().get(column).numeric();
                line.add(new Cell(CellText.of(value), value == null, numeric));
            }
            cells.add(line);
        }
        return new ResultPage(run, result.columns(), cells, shown, pages, from + 1, maxRows);
    }

    public Optional<String> error() {
        return run.error();
    }

    public boolean ran() {
        return run.result().isPresent();
    }

    public int rowCount() {
        return run.result().map(QueryResult::rowCount).orElse(0);
    }

    public boolean truncated() {
        return run.result().map(QueryResult::truncated).orElse(false);
    }

    public int lastRow() {
        return firstRow + rows.size() - 1;
    }
}
