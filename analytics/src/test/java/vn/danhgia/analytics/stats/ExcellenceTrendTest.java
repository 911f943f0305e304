package vn.danhgia.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.analytics.stats.ExcellenceTrend.Run;
import vn.danhgia.analytics.stats.ExcellenceTrend.YearCount;

class ExcellenceTrendTest {
    private static List<YearCount> series(String organization, int firstYear, long rated, long... excellent) {
        YearCount[] counts = new YearCount[excellent.length];
        for (int i = 0; i < excellent.length; i++) {
            counts[i] = new YearCount(organization, firstYear + i, rated, excellent[i]);
        }
        return List.of(counts);
    }

    @Test
    void aRunEndsInEveryYearOfASteadyRiseWithItsTrend() {
        List<Run> runs = ExcellenceTrend.compute(
                series("C02", 2022, 50, 1, 3, 6, 8), series("C02", 2022, 12, 9, 9, 9, 9), 0.02, 0.95);

        assertThat(runs).extracting(Run::year).containsExactly(2023, 2024, 2025);
        Run last = runs.get(2);
        assertThat(last.firstYear()).isEqualTo(2022);
        assertThat(last.years()).isEqualTo(4);
        assertThat(last.minimumRise()).isCloseTo(0.04, within(1e-12));
        assertThat(last.firstShare()).isCloseTo(0.02, within(1e-12));
        assertThat(last.lastShare()).isCloseTo(0.16, within(1e-12));
        assertThat(last.trend().slope()).isCloseTo(0.048, within(1e-12));
        assertThat(last.trend().slopeLower()).isPositive();
        assertThat(last.taskTrend())
                .hasValueSatisfying(task -> assertThat(task.slope()).isZero());
    }

    @Test
    void aRiseOfExactlyTheMinimumCountsAndOneBelowBreaksTheRun() {
        // 1 → 2 → 3 of 50 rises 0.02 a year (the minimum); 3 → 3.9 would not be a whole member, so use 100.
        List<Run> atMinimum = ExcellenceTrend.compute(series("C01", 2023, 50, 1, 2, 3), List.of(), 0.02, 0.95);
        List<Run> below = ExcellenceTrend.compute(series("C01", 2023, 100, 2, 4, 5), List.of(), 0.02, 0.95);

        assertThat(atMinimum).extracting(Run::years).containsExactly(2, 3);
        assertThat(below)
                .extracting(Run::year, Run::years)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2024, 2));
    }

    @Test
    void aMissingYearBreaksTheRun() {
        List<YearCount> counts = List.of(
                new YearCount("C01", 2020, 50, 1),
                new YearCount("C01", 2022, 50, 5),
                new YearCount("C01", 2023, 50, 9));

        List<Run> runs = ExcellenceTrend.compute(counts, List.of(), 0.02, 0.95);

        assertThat(runs)
                .extracting(Run::firstYear, Run::year)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2022, 2023));
    }

    @Test
    void theTaskTrendNeedsTaskResultsForEveryYearOfTheRun() {
        List<Run> runs = ExcellenceTrend.compute(
                series("C02", 2022, 50, 1, 3, 6), List.of(new YearCount("C02", 2024, 12, 9)), 0.02, 0.95);

        assertThat(runs).allSatisfy(run -> assertThat(run.taskTrend()).isEmpty());
    }
}
