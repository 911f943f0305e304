package vn.danhgia.dashboard.notebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danhgia.core.sandbox.QueryResult;
import vn.danhgia.core.sandbox.ResultColumn;
import vn.danhgia.dashboard.chart.ChartKind;
import vn.danhgia.dashboard.chart.ChartSeries;
import vn.danhgia.dashboard.chart.ChartSpec;

/**
 * Turns a cell's chart request and its query's result into a {@link ChartSpec} for the dashboard's
 * {@link vn.danhgia.dashboard.chart.ChartRenderer}. Categories are the x column's values in the order of the
 * rows; series are the y columns (wide results) or the values of the series column (long results). A series
 * named by a level or grade ({@code count_htxsnv}, {@code HTTNV}, {@code A}) gets the level's colour.
 */
final class NotebookCharts {
    private static final Pattern LEVEL_COLUMN =
            Pattern.compile("(?:count_)?(htxsnv|httnv|htnv|khtnv)(?:_share)?", Pattern.CASE_INSENSITIVE);
    private static final Set<String> LEVEL_CODES =
            Set.of("HTXSNV", "HTTNV", "HTNV", "KHTNV", "A", "B", "C", "D", "exempt", "suspended", "new_member");

    private NotebookCharts() {}

    /** The chart, or an {@link IllegalArgumentException} naming what in the request does not fit the result. */
    static ChartSpec spec(ChartRequest request, QueryResult result, CellValues values) {
        int x = column(result, request.x());
        List<Integer> ys =
                request.y().stream().map(name -> column(result, name)).toList();
        for (int index : ys) {
            if (!result.columns().get(index).numeric()) {
                throw new IllegalArgumentException(
                        "y column '" + result.columns().get(index).name() + "' does not hold numbers");
            }
        }
        Optional<Integer> seriesColumn = request.series().map(name -> column(result, name));
        String xName = result.columns().get(x).name();
        Set<String> categories = new LinkedHashSet<>();
        for (List<Object> row : result.rows()) {
            categories.add(values.format(xName, row.get(x)));
        }
        List<String> categoryList = List.copyOf(categories);
        // series key -> values by category
        Map<String, Double[]> series = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (List<Object> row : result.rows()) {
            int category = categoryList.indexOf(values.format(xName, row.get(x)));
            for (int y : ys) {
                String yName = result.columns().get(y).name();
                String key;
                String label;
                if (seriesColumn.isPresent()) {
                    String group = String.valueOf(row.get(seriesColumn.get()));
                    key = ys.size() == 1 ? group : group + " / " + yName;
                    label = ys.size() == 1 ? request.label(group) : request.label(group) + " / " + request.label(yName);
                } else {
                    key = yName;
                    label = request.label(yName);
                }
                labels.putIfAbsent(key, label);
                Double[] slots = series.computeIfAbsent(key, ignored -> filled(categoryList.size()));
                Object value = row.get(y);
                slots[category] = value instanceof Number number ? number.doubleValue() : Double.NaN;
            }
        }
        ChartKind kind = kind(request.kind(), series.size());
        boolean percent = kind != ChartKind.STACKED_BAR_100
                && request.percent().orElse(request.y().stream().allMatch(CellValues::isShare));
        List<ChartSeries> drawn = new ArrayList<>();
        series.forEach((key, slots) -> drawn.add(ChartSeries.of(
                key.isBlank() ? "–" : key, labels.get(key), levelCode(key, labels.get(key)), List.of(slots))));
        return new ChartSpec(
                kind,
                request.title(),
                request.xLabel().orElse(xName),
                request.yLabel().orElse(""),
                categoryList,
                drawn,
                percent,
                request.title());
    }

    private static Double[] filled(int size) {
        Double[] slots = new Double[size];
        java.util.Arrays.fill(slots, Double.NaN);
        return slots;
    }

    private static ChartKind kind(String kind, int seriesCount) {
        return switch (kind) {
            case "line" -> ChartKind.LINE;
            case "bar" -> seriesCount > 1 ? ChartKind.GROUPED_BAR : ChartKind.BAR;
            case "grouped" -> ChartKind.GROUPED_BAR;
            case "stacked" -> ChartKind.STACKED_BAR;
            case "stacked100" -> ChartKind.STACKED_BAR_100;
            case "horizontal" -> ChartKind.HORIZONTAL_BAR;
            default -> throw new IllegalArgumentException("kind '" + kind + "' is none of " + ChartRequest.KINDS);
        };
    }

    private static Optional<String> levelCode(String key, String label) {
        Matcher column = LEVEL_COLUMN.matcher(key);
        if (column.matches()) {
            return Optional.of(column.group(1).toUpperCase(Locale.ROOT));
        }
        for (String code : List.of(key, label)) {
            if (LEVEL_CODES.contains(code)) {
                return Optional.of(code.toUpperCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    private static int column(QueryResult result, String name) {
        List<ResultColumn> columns = result.columns();
        for (int index = 0; index < columns.size(); index++) {
            if (columns.get(index).name().equalsIgnoreCase(name)) {
                return index;
            }
        }
        throw new IllegalArgumentException("the result has no column '" + name + "' (it has "
                + columns.stream().map(ResultColumn::name).toList() + ")");
    }
}
