package vn.danhgia.dashboard.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.danhgia.dashboard.chart.ChartKind;
import vn.danhgia.dashboard.chart.ChartSeries;
import vn.danhgia.dashboard.chart.ChartSpec;
import vn.danhgia.dashboard.query.LevelTally;
import vn.danhgia.dashboard.report.model.ReportChart;

/**
 * The report's charts, in the dashboard's kinds and colours: members per level over the years stacked (as
 * the overview draws them), the top share per unit type in the two years side by side (as the comparison
 * page does), and the year's findings per detector as horizontal bars. Charts in a document link nowhere.
 */
final class ReportCharts {
    private final ReportWording texts;

    ReportCharts(ReportWording texts) {
        this.texts = texts;
    }

    /** A kind's rated counts per level and year, stacked. */
    ReportChart levelsOverYears(String title, LevelRows rows) {
        List<Integer> years = rows.years();
        List<ChartSeries> series = new ArrayList<>();
        for (String level : ReportBuilder.LEVELS) {
            series.add(ChartSeries.of(
                    level,
                    texts.level(level),
                    Optional.of(level),
                    years.stream()
                            .map(year -> count(rows.total(year), level).doubleValue())
                            .toList()));
        }
        ChartSpec spec = new ChartSpec(
                ChartKind.STACKED_BAR,
                title,
                texts.t("axis.year"),
                texts.t("axis.count"),
                years.stream().map(String::valueOf).toList(),
                series,
                false,
                texts.t("chart.levelsOverYears.description"));
        return new ReportChart(title, spec);
    }

    /** The top-level share per unit type in the comparison year and the report year. */
    ReportChart excellentShareByType(String title, LevelRows rows, int baseYear, int year) {
        List<String> types = rows.types(List.of(baseYear, year));
        List<ChartSeries> series = new ArrayList<>();
        for (int one : List.of(baseYear, year)) {
            Map<String, LevelTally> byType = rows.byType(one);
            series.add(ChartSeries.of(
                    "year-" + one,
                    String.valueOf(one),
                    Optional.empty(),
                    types.stream()
                            .map(type -> byType.getOrDefault(type, LevelTally.EMPTY)
                                    .excellentShare()
                                    .map(BigDecimal::doubleValue)
                                    .orElse(Double.NaN))
                            .toList()));
        }
        ChartSpec spec = new ChartSpec(
                ChartKind.GROUPED_BAR,
                title,
                texts.t("axis.unitType"),
                texts.t("axis.share"),
                types.stream().map(texts::unitType).toList(),
                series,
                true,
                texts.t("chart.excellentShareByType.description"));
        return new ReportChart(title, spec);
    }

    /** The year's findings per detector. */
    ReportChart findingsByDetector(String title, List<ReportData.FindingEvidence> findings) {
        Map<String, Long> counts = new TreeMap<>();
        findings.forEach(one -> counts.merge(texts.detector(one.finding().detector()), 1L, Long::sum));
        ChartSpec spec = new ChartSpec(
                ChartKind.HORIZONTAL_BAR,
                title,
                texts.t("axis.detector"),
                texts.t("axis.count"),
                List.copyOf(counts.keySet()),
                List.of(ChartSeries.of(
                        "findings",
                        texts.t("axis.findings"),
                        Optional.empty(),
                        counts.values().stream().map(Long::doubleValue).toList())),
                false,
                texts.t("chart.findings.description"));
        return new ReportChart(title, spec);
    }

    static BigDecimal count(LevelTally tally, String level) {
        return switch (level) {
            case "HTXSNV" -> tally.countExcellent();
            case "HTTNV" -> tally.countGood();
            case "HTNV" -> tally.countCompleted();
            default -> tally.countNotCompleted();
        };
    }
}
