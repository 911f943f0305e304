package vn.danhgia.dashboard.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import vn.danhgia.dashboard.chart.ChartKind;
import vn.danhgia.dashboard.chart.ChartSeries;
import vn.danhgia.dashboard.chart.ChartSpec;
import vn.danhgia.dashboard.query.LevelCounts;
import vn.danhgia.dashboard.query.OverviewQuery.DetectorFindings;
import vn.danhgia.dashboard.query.OverviewQuery.MemberLevels;
import vn.danhgia.dashboard.web.Texts;

/** The overview's charts, built from its query's records; the same specs serve the page and the downloads. */
final class LevelCharts {
    static final List<String> LEVELS = List.of("HTXSNV", "HTTNV", "HTNV", "KHTNV");

    private LevelCharts() {}

    /** Members per level and year, stacked; each bar opens that year's overview (its table of organizations). */
    static ChartSpec members(Texts texts, List<MemberLevels> years, Function<Integer, String> yearLink) {
        List<ToLongFunction<MemberLevels>> counts = List.of(
                MemberLevels::countExcellent,
                MemberLevels::countGood,
                MemberLevels::countCompleted,
                MemberLevels::countNotCompleted);
        List<ChartSeries> series = new ArrayList<>();
        for (int level = 0; level < LEVELS.size(); level++) {
            ToLongFunction<MemberLevels> count = counts.get(level);
            series.add(new ChartSeries(
                    LEVELS.get(level),
                    texts.t("level." + LEVELS.get(level)),
                    Optional.of(LEVELS.get(level)),
                    years.stream().map(year -> (double) count.applyAsLong(year)).toList(),
                    years.stream()
                            .map(year -> Optional.of(yearLink.apply(year.year())))
                            .toList()));
        }
        series.add(new ChartSeries(
                "without_level",
                texts.t("levelShort.other"),
                Optional.of("not_rated"),
                years.stream().map(year -> (double) year.countWithoutLevel()).toList(),
                years.stream()
                        .map(year -> Optional.of(yearLink.apply(year.year())))
                        .toList()));
        return new ChartSpec(
                ChartKind.STACKED_BAR,
                texts.t("overview.chart.members"),
                texts.t("axis.year"),
                texts.t("axis.count"),
                years.stream().map(year -> String.valueOf(year.year())).toList(),
                series,
                false,
                texts.t("overview.chart.members.description"));
    }

    /** Organizations or leaders per level and year, stacked. */
    static ChartSpec levels(Texts texts, String titleKey, List<LevelCounts> years, Function<Integer, String> yearLink) {
        List<ToLongFunction<LevelCounts>> counts = List.of(
                LevelCounts::countExcellent,
                LevelCounts::countGood,
                LevelCounts::countCompleted,
                LevelCounts::countNotCompleted);
        List<ChartSeries> series = new ArrayList<>();
        for (int level = 0; level < LEVELS.size(); level++) {
            ToLongFunction<LevelCounts> count = counts.get(level);
            series.add(new ChartSeries(
                    LEVELS.get(level),
                    texts.t("level." + LEVELS.get(level)),
                    Optional.of(LEVELS.get(level)),
                    years.stream().map(year -> (double) count.applyAsLong(year)).toList(),
                    years.stream()
                            .map(year -> Optional.of(yearLink.apply(year.year())))
                            .toList()));
        }
        return new ChartSpec(
                ChartKind.STACKED_BAR,
                texts.t(titleKey),
                texts.t("axis.year"),
                texts.t("axis.count"),
                years.stream().map(year -> String.valueOf(year.year())).toList(),
                series,
                false,
                texts.t(titleKey + ".description"));
    }

    /** Findings per detector in one year, each bar opening the list of that detector's findings. */
    static ChartSpec findings(Texts texts, int year, List<DetectorFindings> findings) {
        List<String> names = findings.stream()
                .map(one -> texts.label("detector", one.detector()))
                .toList();
        ChartSeries series = new ChartSeries(
                "findings",
                texts.t("overview.findings.count"),
                Optional.empty(),
                findings.stream().map(one -> (double) one.countFindings()).toList(),
                findings.stream()
                        .map(one -> Optional.of("/canh-bao?year=" + year + "&detector=" + one.detector()))
                        .toList());
        return new ChartSpec(
                ChartKind.HORIZONTAL_BAR,
                texts.t("overview.chart.findings", String.valueOf(year)),
                texts.t("axis.detector"),
                texts.t("axis.count"),
                names,
                List.of(series),
                false,
                texts.t("overview.chart.findings.description"));
    }
}
