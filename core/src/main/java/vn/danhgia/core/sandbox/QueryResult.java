package vn.danhgia.core.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What a query in the {@link Sandbox} returned.
 *
 * @param columns the result's columns
 * @param rows at most the row cap of rows; values are String, Boolean, Long, Double, BigDecimal, LocalDate,
 *     LocalDateTime or null (anything else as its text)
 * @param truncated whether the query had more rows than the cap (the rest was never read)
 * @param elapsed how long the query took, results included
 */
public record QueryResult(List<ResultColumn> columns, List<List<Object>> rows, boolean truncated, Duration elapsed) {
    public QueryResult {
        columns = List.copyOf(columns);
        Objects.requireNonNull(elapsed, "elapsed");
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "A row has " + row.size() + " values for " + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row))); // values may be null
        }
        rows = Collections.unmodifiableList(copy);
    }

    public int rowCount() {
        return rows.size();
    }
}
