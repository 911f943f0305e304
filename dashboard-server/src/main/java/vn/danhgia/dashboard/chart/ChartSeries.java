package vn.danhgia.dashboard.chart;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One series of a chart: its values aligned with the chart's categories, and for each value the
 * page that lists what it counts (a relative URL such as {@code /canh-bao?year=2024&detector=x}).
 *
 * @param key a stable identifier, unique in its chart (written in the SVG as {@code data-series})
 * @param label the name shown in the legend and tooltips, in the user's language
 * @param levelCode the rating level or status the series counts ({@code HTXSNV}, {@code exempt},
 *     {@code A}...), which gives it the level's fixed colour; empty for other series
 * @param values one value per category; {@link Double#NaN} where there is no value
 * @param links one link per category; empty where the value opens nothing
 */
public record ChartSeries(
        String key, String label, Optional<String> levelCode, List<Double> values, List<Optional<String>> links) {
    public ChartSeries {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(levelCode, "levelCode");
        values = List.copyOf(values);
        links = List.copyOf(links);
        if (key.isBlank()) {
            throw new IllegalArgumentException(
                    "A chart series needs a key; the series labelled '" + label + "' has none");
        }
        if (values.size() != links.size()) {
            throw new IllegalArgumentException("Series '" + key + "' has " + values.size() + " values but "
                    + links.size() + " links: give one link (or Optional.empty()) per value");
        }
        for (Double value : values) {
            if (value.isInfinite()) {
                throw new IllegalArgumentException(
                        "Series '" + key + "' has an infinite value; use Double.NaN for a missing one");
            }
        }
    }

    /** A series without links. */
    public static ChartSeries of(String key, String label, Optional<String> levelCode, List<Double> values) {
        return new ChartSeries(
                key,
                label,
                levelCode,
                values,
                values.stream().map(value -> Optional.<String>empty()).toList());
    }

    /** The value at {@code index}, or empty where it is missing. */
    public Optional<Double> value(int index) {
        double value = values.get(index);
        return Double.isNaN(value) ? Optional.empty() : Optional.of(value);
    }
}
