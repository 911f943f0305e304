package vn.danhgia.etl.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** A sink that keeps what it receives, for assertions. */
final class CollectingSink implements RawRowSink {
    final List<RawRow> rows = new ArrayList<>();
    final List<RowIssue> issues = new ArrayList<>();

    @Override
    public void row(RawRow row) {
        rows.add(row);
    }

    @Override
    public void issue(RowIssue issue) {
        issues.add(issue);
    }

    /** Counts of a field's values (absent values counted under the empty string). */
    Map<String, Long> countBy(String field) {
        return countBy(row -> row.field(field).orElse(""));
    }

    Map<String, Long> countBy(Function<RawRow, String> key) {
        Map<String, Long> counts = new TreeMap<>();
        rows.forEach(row -> counts.merge(key.apply(row), 1L, Long::sum));
        return counts;
    }

    RawRow atRow(int number) {
        return rows.stream()
                .filter(row -> row.row() == number)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + number + " among " + rows.size()));
    }

    Optional<RawRow> first() {
        return rows.stream().findFirst();
    }
}
