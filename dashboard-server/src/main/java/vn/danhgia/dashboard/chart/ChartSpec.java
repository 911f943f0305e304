package vn.danhgia.dashboard.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a chart shows, independent of how it is drawn. Labels come from the caller already in the
 * user's language: this package translates nothing.
 *
 * @param percentAxis the values are shares (0.25 is 25 %) and are shown as percentages; for {@link
 *     ChartKind#STACKED_BAR_100} it must be false, because there the values are counts and the axis is
 *     always a percentage
 * @param description one or two sentences saying what the chart shows, for screen readers (may be empty)
 */
public record ChartSpec(
        ChartKind kind,
        String title,
        String categoryAxisLabel,
        String valueAxisLabel,
        List<String> categories,
        List<ChartSeries> series,
        boolean percentAxis,
        String description) {
    public ChartSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(categoryAxisLabel, "categoryAxisLabel");
        Objects.requireNonNull(valueAxisLabel, "valueAxisLabel");
        Objects.requireNonNull(description, "description");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        if (title.isBlank()) {
            throw new IllegalArgumentException("A chart needs a title: it names the chart for screen readers");
        }
        if (new HashSet<>(categories).size() != categories.size()) {
            throw new IllegalArgumentException("Chart '" + title + "' repeats a category in " + categories);
        }
        Set<String> keys = new HashSet<>();
        for (ChartSeries one : series) {
            if (!keys.add(one.key())) {
                throw new IllegalArgumentException(
                        "Chart '" + title + "' has two series with the key '" + one.key() + "'");
            }
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series '" + one.key() + "' of chart '" + title + "' has "
                        + one.values().size() + " values for " + categories.size() + " categories");
            }
        }
        if (kind == ChartKind.BAR && series.size() > 1) {
            throw new IllegalArgumentException("Chart '" + title + "' is a BAR chart with " + series.size()
                    + " series: use GROUPED_BAR or STACKED_BAR for several");
        }
        if (kind == ChartKind.STACKED_BAR_100 && percentAxis) {
            throw new IllegalArgumentException("Chart '" + title + "' is STACKED_BAR_100: give counts with"
                    + " percentAxis=false, the bars are scaled to 100 % when drawn");
        }
    }

    /** True when there is nothing to draw: no categories, no series, or only missing values. */
    public boolean isEmpty() {
        return series.stream().allMatch(one -> one.values().stream().allMatch(value -> value.isNaN()));
    }
}
