package vn.danhgia.dashboard.notebook;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The chart a SQL cell asks for in its metadata ({@code "danhgia": {"chart": {...}}}), see notebooks/README.md.
 *
 * @param kind {@code line}, {@code bar}, {@code grouped}, {@code stacked}, {@code stacked100} or {@code horizontal}
 * @param x the column whose values are the categories (years, units)
 * @param y the columns whose values are drawn (one series each, unless {@code series} is given)
 * @param series a column whose values split the rows into series (long format), or empty
 * @param title the chart's title (in the notebook's language)
 * @param labels a series' label by column name or series value; the name itself when absent
 * @param xLabel the category axis' label (the x column's name when absent)
 * @param yLabel the value axis' label (empty when absent)
 * @param percent whether the values are shares shown as percentages; by default when every y column is a
 *     {@code _share} or {@code _ratio}
 */
public record ChartRequest(
        String kind,
        String x,
        List<String> y,
        Optional<String> series,
        String title,
        Map<String, String> labels,
        Optional<String> xLabel,
        Optional<String> yLabel,
        Optional<Boolean> percent) {
    /** The kinds a notebook may ask for. */
    public static final List<String> KINDS = List.of("line", "bar", "grouped", "stacked", "stacked100", "horizontal");

    public ChartRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        Objects.requireNonNull(percent, "percent");
        y = List.copyOf(y);
        labels = Map.copyOf(labels);
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind '" + kind + "' is none of " + KINDS);
        }
        if (x.isBlank() || y.isEmpty() || title.isBlank()) {
            throw new IllegalArgumentException("a chart needs x, at least one y column and a title");
        }
    }

    /** The label of a series named {@code key} (a column or a series value). */
    public String label(String key) {
        return labels.getOrDefault(key, key);
    }
}
