package vn.danhgia.dashboard.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.danhgia.dashboard.query.LevelTally;
import vn.danhgia.dashboard.report.model.SummaryPoint;

/**
 * The one-page summary: the few numbers the Standing Committee looks at first, each with one sentence
 * generated from the data (the change from the comparison year, what it is out of).
 */
final class ReportSummary {
    private final ReportWording texts;
    private final ReportData data;

    ReportSummary(ReportWording texts, ReportData data) {
        this.texts = texts;
        this.data = data;
    }

    List<SummaryPoint> points() {
        List<SummaryPoint> points = new ArrayList<>();
        points.add(excellentMembers());
        points.add(notCompletedMembers());
        points.add(levels("organizations", data.organizations()));
        points.add(levels("leaders", data.leaders()));
        points.add(findings());
        points.add(late());
        points.add(shortcomings());
        return points;
    }

    private String year() {
        return String.valueOf(data.year());
    }

    private String base() {
        return String.valueOf(data.baseYear());
    }

    private SummaryPoint excellentMembers() {
        LevelTally now = data.members().total(data.year());
        LevelTally then = data.members().total(data.baseYear());
        return new SummaryPoint(
                texts.t("summary.membersExcellent", year()),
                texts.percent(now.excellentShare()),
                texts.t(
                        "summary.membersExcellent.sentence",
                        texts.number(now.countExcellent()),
                        texts.number(now.countRated()),
                        base(),
                        texts.percent(then.excellentShare()),
                        texts.points(now.minus(then).excellentShare())));
    }

    private SummaryPoint notCompletedMembers() {
        LevelTally now = data.members().total(data.year());
        LevelTally then = data.members().total(data.baseYear());
        return new SummaryPoint(
                texts.t("summary.membersNotCompleted", year()),
                texts.number(now.countNotCompleted()),
                texts.t(
                        "summary.membersNotCompleted.sentence",
                        texts.percent(now.notCompletedShare()),
                        base(),
                        texts.number(then.countNotCompleted()),
                        texts.percent(then.notCompletedShare())));
    }

    private SummaryPoint levels(String kind, LevelRows rows) {
        LevelTally now = rows.total(data.year());
        LevelTally then = rows.total(data.baseYear());
        return new SummaryPoint(
                texts.t("summary." + kind, year()),
                texts.number(now.countExcellent()) + " / " + texts.number(now.countRated()),
                texts.t(
                        "summary." + kind + ".sentence",
                        texts.percent(now.excellentShare()),
                        texts.number(now.countGood()),
                        texts.number(now.countCompleted()),
                        texts.number(now.countNotCompleted()),
                        base(),
                        texts.number(then.countExcellent()),
                        texts.number(then.countRated())));
    }

    private SummaryPoint findings() {
        if (data.findings().isEmpty()) {
            return new SummaryPoint(texts.t("summary.findings", year()), "0", texts.t("summary.findings.none"));
        }
        Map<String, Long> byDetector = new TreeMap<>();
        long high = 0;
        for (ReportData.FindingEvidence one : data.findings()) {
            byDetector.merge(one.finding().detector(), 1L, Long::sum);
            high += one.finding().severity().equals("high") ? 1 : 0;
        }
        Map.Entry<String, Long> most = byDetector.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue())
                .orElseThrow();
        return new SummaryPoint(
                texts.t("summary.findings", year()),
                texts.number(data.findings().size()),
                texts.t(
                        "summary.findings.sentence",
                        texts.number(byDetector.size()),
                        texts.number(high),
                        texts.detector(most.getKey()),
                        texts.number(most.getValue())));
    }

    private SummaryPoint late() {
        long review = data.late().stream()
                .filter(ReportData.LateOrganization::reviewLate)
                .count();
        long report = data.late().stream()
                .filter(ReportData.LateOrganization::reportLate)
                .count();
        return new SummaryPoint(
                texts.t("summary.late", year()),
                texts.number(data.late().size()),
                texts.t("summary.late.sentence", texts.number(review), texts.number(report)));
    }

    private SummaryPoint shortcomings() {
        long open = 0;
        long recurring = 0;
        for (var organization : data.shortcomings()) {
            open += organization.shortcomings().size();
            recurring += organization.countRecurring();
        }
        return new SummaryPoint(
                texts.t("summary.shortcomings"),
                texts.number(open),
                texts.t(
                        "summary.shortcomings.sentence",
                        texts.number(recurring),
                        texts.number(data.shortcomings().size())));
    }
}
