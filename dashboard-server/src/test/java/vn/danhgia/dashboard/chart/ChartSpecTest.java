package vn.danhgia.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChartSpecTest {
    private static final ChartSeries TWO_VALUES =
            ChartSeries.of("HTTNV", "HTTNV", Optional.of("HTTNV"), List.of(1.0, 2.0));

    @Test
    void rejectsASeriesWhoseValuesDoNotMatchTheCategories() {
        assertThatThrownBy(() -> spec(ChartKind.STACKED_BAR, List.of("2024"), List.of(TWO_VALUES), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Series 'HTTNV' of chart 'Xếp loại' has 2 values for 1 categories");
    }

    @Test
    void rejectsRepeatedCategoriesAndSeriesKeys() {
        assertThatThrownBy(() -> spec(ChartKind.STACKED_BAR, List.of("2024", "2024"), List.of(TWO_VALUES), false))
                .hasMessage("Chart 'Xếp loại' repeats a category in [2024, 2024]");
        assertThatThrownBy(() ->
                        spec(ChartKind.STACKED_BAR, List.of("2023", "2024"), List.of(TWO_VALUES, TWO_VALUES), false))
                .hasMessage("Chart 'Xếp loại' has two series with the key 'HTTNV'");
    }

    @Test
    void rejectsSeveralSeriesInABarChartAndSharesInAHundredPercentStack() {
        ChartSeries other = ChartSeries.of("HTNV", "HTNV", Optional.of("HTNV"), List.of(1.0, 2.0));
        assertThatThrownBy(() -> spec(ChartKind.BAR, List.of("2023", "2024"), List.of(TWO_VALUES, other), false))
                .hasMessage(
                        "Chart 'Xếp loại' is a BAR chart with 2 series: use GROUPED_BAR or STACKED_BAR for several");
        assertThatThrownBy(() -> spec(ChartKind.STACKED_BAR_100, List.of("2023", "2024"), List.of(TWO_VALUES), true))
                .hasMessage("Chart 'Xếp loại' is STACKED_BAR_100: give counts with percentAxis=false, the bars are"
                        + " scaled to 100 % when drawn");
    }

    @Test
    void rejectsLinksThatDoNotMatchTheValues() {
        assertThatThrownBy(() -> new ChartSeries("HTNV", "HTNV", Optional.empty(), List.of(1.0), List.of()))
                .hasMessage("Series 'HTNV' has 1 values but 0 links: give one link (or Optional.empty()) per value");
    }

    @Test
    void copiesItsListsAndKnowsWhenItIsEmpty() {
        ChartSeries missing = ChartSeries.of("HTNV", "HTNV", Optional.empty(), List.of(Double.NaN));
        ChartSpec spec = spec(ChartKind.LINE, List.of("2024"), List.of(missing), false);

        assertThat(spec.isEmpty()).isTrue();
        assertThat(missing.value(0)).isEmpty();
        assertThat(spec(ChartKind.LINE, List.of("2023", "2024"), List.of(TWO_VALUES), false)
                        .isEmpty())
                .isFalse();
    }

    private static ChartSpec spec(ChartKind kind, List<String> categories, List<ChartSeries> series, boolean percent) {
        return new ChartSpec(kind, "Xếp loại", "Năm", "Số", categories, series, percent, "");
    }
}
