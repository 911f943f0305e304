package vn.danhgia.dashboard.chart;

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The items of one chart (a value of a series in a category) with their tooltips and links, found by series key and category. */
final class ChartItems {
    /** One bar segment or point: what its tooltip says and which list it opens. */
    record Item(String seriesKey, String category, String tooltip, Optional<String> link) {}

    private final Map<List<String>, Item> items = new HashMap<>();

    ChartItems(ChartSpec spec, ChartNumbers numbers) {
        NumberFormat number = numbers.numberFormat();
        NumberFormat percent = numbers.percentFormat();
        for (int column = 0; column < spec.categories().size(); column++) {
            String category = spec.categories().get(column);
            double total = columnTotal(spec, column);
            for (ChartSeries series : spec.series()) {
                Optional<Double> value = series.value(column);
                if (value.isEmpty()) {
                    continue;
                }
                String shown = spec.percentAxis() ? percent.format(value.get()) : number.format(value.get());
                if (spec.kind() == ChartKind.STACKED_BAR_100 && total > 0) {
                    shown += " (" + percent.format(value.get() / total) + ")";
                }
                String tooltip = series.label() + " " + category + ": " + shown;
                items.put(
                        List.of(series.key(), category),
                        new Item(series.key(), category, tooltip, series.links().get(column)));
            }
        }
    }

    /** The total of a category over all series, missing values counting as nothing. */
    static double columnTotal(ChartSpec spec, int column) {
        return spec.series().stream()
                .mapToDouble(series -> series.value(column).orElse(0.0))
                .sum();
    }

    Optional<Item> item(String seriesKey, String category) {
        return Optional.ofNullable(items.get(List.of(seriesKey, category)));
    }
}
