package vn.danhgia.dashboard.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.danhgia.dashboard.query.EvidenceView;
import vn.danhgia.dashboard.query.FindingsQuery.Finding;
import vn.danhgia.dashboard.query.LevelTally;
import vn.danhgia.dashboard.query.RemediationQuery.OrganizationRemediation;
import vn.danhgia.dashboard.query.RemediationQuery.Shortcoming;
import vn.danhgia.dashboard.report.model.ColumnKind;
import vn.danhgia.dashboard.report.model.ReportBlock;
import vn.danhgia.dashboard.report.model.ReportColumn;
import vn.danhgia.dashboard.report.model.ReportParagraph;
import vn.danhgia.dashboard.report.model.ReportSection;
import vn.danhgia.dashboard.report.model.ReportTable;

/**
 * The report's sections after the ratings: the year's findings grouped by detector with their evidence,
 * the shortcomings still open, the late organizations, the data's quality, and the reorganizations with how
 * the years were restated (the district's totals in both restatements, which agree).
 */
final class ReviewSections {
    private final ReportWording texts;
    private final ReportData data;

    ReviewSections(ReportWording texts, ReportData data) {
        this.texts = texts;
        this.data = data;
    }

    List<ReportSection> sections() {
        return List.of(findings(), shortcomings(), late(), quality(), merges());
    }

    private ReportSection findings() {
        String year = String.valueOf(data.year());
        List<ReportBlock> blocks = new ArrayList<>();
        Map<String, List<ReportData.FindingEvidence>> byDetector = new LinkedHashMap<>();
        data.findings().forEach(one -> byDetector
                .computeIfAbsent(one.finding().detector(), detector -> new ArrayList<>())
                .add(one));
        if (byDetector.isEmpty()) {
            blocks.add(new ReportParagraph(texts.t("section.findings.none", year)));
            return new ReportSection(texts.t("section.findings", year), blocks);
        }
        blocks.add(new ReportParagraph(texts.t(
                "section.findings.intro",
                year,
                texts.number(data.findings().size()),
                texts.number(byDetector.size()))));
        blocks.add(new ReportCharts(texts).findingsByDetector(texts.t("chart.findings", year), data.findings()));
        List<List<Object>> rows = new ArrayList<>();
        byDetector.forEach((detector, findings) -> {
            for (ReportData.FindingEvidence one : findings) {
                Finding finding = one.finding();
                rows.add(List.of(
                        texts.detector(detector),
                        finding.unitName().isEmpty() ? finding.unitCode() : finding.unitName(),
                        finding.organizationName().orElse(""),
                        texts.severity(finding.severity()),
                        evidence(one.evidence()),
                        sources(one.evidence())));
            }
        });
        blocks.add(new ReportTable(
                texts.t("table.findings", year),
                texts.t("sheet.findings"),
                List.of(
                        new ReportColumn(texts.t("column.detector"), ColumnKind.TEXT),
                        new ReportColumn(texts.t("column.unit"), ColumnKind.TEXT),
                        new ReportColumn(texts.t("column.organization"), ColumnKind.TEXT),
                        new ReportColumn(texts.t("column.severity"), ColumnKind.TEXT),
                        new ReportColumn(texts.t("column.evidence"), ColumnKind.TEXT),
                        new ReportColumn(texts.t("column.sources"), ColumnKind.TEXT)),
                rows,
                List.of(texts.t("note.findings"))));
        return new ReportSection(texts.t("section.findings", year), blocks);
    }

    /** The evidence's facts and groups as "label: value" sentences (its tables by their labels only). */
    private String evidence(EvidenceView view) {
        List<String> parts = new ArrayList<>();
        view.facts().forEach(fact -> parts.add(fact.label() + ": " + fact.value()));
        view.groups()
                .forEach(group -> parts.add(group.label() + " ("
                        + group.facts().stream()
                                .map(fact -> fact.label() + ": " + fact.value())
                                .collect(Collectors.joining("; "))
                        + ")"));
        view.tables()
                .forEach(table -> parts.add(table.label() + ": "
                        + table.rows().stream()
                                .map(row -> String.join(" ", row))
                                .collect(Collectors.joining("; "))));
        view.rule().ifPresent(rule -> parts.add(texts.t("evidence.rule", rule)));
        return String.join("; ", parts);
    }

    /**
     * The source rows, one entry per file and sheet with its rows in order ('DS xep loai 2025.xlsx, Xếp loại
     * 2025, dòng 9, 14, 24'): at most {@value #SOURCE_FILES} files and {@value #SOURCE_ROWS} rows each, the
     * rest counted.
     */
    private String sources(EvidenceView view) {
        Map<String, java.util.SortedSet<Integer>> rowsByPlace = new java.util.LinkedHashMap<>();
        for (EvidenceView.SourceRow source : view.sources()) {
            String place =
                    source.file() + source.sheet().map(sheet -> ", " + sheet).orElse("");
            java.util.SortedSet<Integer> rows = rowsByPlace.computeIfAbsent(place, key -> new java.util.TreeSet<>());
            source.row().ifPresent(rows::add);
        }
        List<String> entries = new ArrayList<>();
        for (var place : rowsByPlace.entrySet()) {
            if (entries.size() == SOURCE_FILES) {
                entries.add(texts.t("evidence.moreFiles", rowsByPlace.size() - SOURCE_FILES));
                break;
            }
            List<Integer> rows = new ArrayList<>(place.getValue());
            String shown = rows.stream().limit(SOURCE_ROWS).map(String::valueOf).collect(Collectors.joining(", "));
            if (rows.size() > SOURCE_ROWS) {
                shown += " " + texts.t("evidence.moreRows", rows.size() - SOURCE_ROWS);
            }
            entries.add(rows.isEmpty() ? place.getKey() : place.getKey() + ", " + texts.t("evidence.row", shown));
        }
        return String.join("; ", entries);
    }

    private static final int SOURCE_FILES = 3;
    private static final int SOURCE_ROWS = 12;

    private ReportSection shortcomings() {
        List<ReportBlock> blocks = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        long recurring = 0;
        for (OrganizationRemediation organization : data.shortcomings()) {
            for (Shortcoming shortcoming : organization.shortcomings()) {
                recurring += shortcoming.recurring() ? 1 : 0;
                rows.add(List.of(
                        organization.organizationName(),
                        String.valueOf(shortcoming.year()),
                        shortcoming.category().map(texts::category).orElse(""),
                        shortcoming.description(),
                        texts.shortcomingStatus(shortcoming.latestStatus()),
                        texts.t("subject." + (shortcoming.personKey().isPresent() ? "member" : "organization"))));
            }
        }
        blocks.add(new ReportParagraph(
                rows.isEmpty()
                        ? texts.t("section.shortcomings.none", String.valueOf(data.year()))
                        : texts.t(
                                "section.shortcomings.intro",
                                texts.number(rows.size()),
                                texts.number(recurring),
                                texts.number(data.shortcomings().size()),
                                String.valueOf(data.year()))));
        if (!rows.isEmpty()) {
            blocks.add(new ReportTable(
                    texts.t("table.shortcomings"),
                    texts.t("sheet.shortcomings"),
                    List.of(
                            new ReportColumn(texts.t("column.organization"), ColumnKind.TEXT),
                            new ReportColumn(texts.t("column.yearNamed"), ColumnKind.TEXT),
                            new ReportColumn(texts.t("column.category"), ColumnKind.TEXT),
                            new ReportColumn(texts.t("column.description"), ColumnKind.TEXT),
                            new ReportColumn(texts.t("column.status"), ColumnKind.TEXT),
                            new ReportColumn(texts.t("column.subject"), ColumnKind.TEXT)),
                    rows,
                    List.of(texts.t("note.shortcomings", texts.date(data.today())))));
        }
        return new ReportSection(texts.t("section.shortcomings"), blocks);
    }

    private ReportSection late() {
        String year = String.valueOf(data.year());
        List<ReportBlock> blocks = new ArrayList<>();
        long reviewLate = data.late().stream()
                .filter(ReportData.LateOrganization::reviewLate)
                .count();
        long reportLate = data.late().stream()
                .filter(ReportData.LateOrganization::reportLate)
                .count();
        blocks.add(new ReportParagraph(
                data.late().isEmpty()
                        ? texts.t("section.late.none", year)
                        : texts.t(
                                "section.late.intro",
                                year,
                                texts.number(data.late().size()),
                                texts.number(reviewLate),
                                texts.number(reportLate))));
        if (!data.late().isEmpty()) {
            List<List<Object>> rows = new ArrayList<>();
            for (ReportData.LateOrganization late : data.late()) {
                List<Object> row = new ArrayList<>();
                row.add(late.name());
                row.add(texts.unitType(late.unitType()));
                row.add(texts.date(late.reviewDoneOn()));
                row.add(texts.date(late.reviewDeadline()));
                row.add(
                        late.reviewLate()
                                ? late.reviewDaysLate().map(Long::valueOf).orElse(null)
                                : null);
                row.add(texts.date(late.reportSentOn()));
                row.add(texts.date(late.reportDeadline()));
                row.add(
                        late.reportLate()
                                ? late.reportDaysLate().map(Long::valueOf).orElse(null)
                                : null);
                rows.add(row);
            }
            blocks.add(new ReportTable(
                    texts.t("table.late", year),
                    texts.t("sheet.late"),
                    List.of(
                            new ReportColumn(texts.t("column.organization"), ColumnKind.TEXT),
                            new ReportColumn(texts.t("column.unitType"), ColumnKind.TEXT),
                            new ReportColumn(texts.t("column.reviewDone"), ColumnKind.TEXT),
                            new ReportColumn(texts.t("column.reviewDeadline"), ColumnKind.TEXT),
                            new ReportColumn(texts.t("column.reviewDaysLate"), ColumnKind.INTEGER),
                            new ReportColumn(texts.t("column.reportSent"), ColumnKind.TEXT),
                            new ReportColumn(texts.t("column.reportDeadline"), ColumnKind.TEXT),
                            new ReportColumn(texts.t("column.reportDaysLate"), ColumnKind.INTEGER)),
                    rows,
                    List.of(texts.t("note.late", texts.date(data.today())))));
        }
        return new ReportSection(texts.t("section.late"), blocks);
    }

    private ReportSection quality() {
        ReportData.Quality quality = data.quality();
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportParagraph(texts.t(
                "section.quality.intro",
                String.valueOf(data.year()),
                texts.number(quality.files()),
                texts.number(quality.rowsRead()),
                texts.number(quality.rowsLoaded()),
                texts.number(quality.rowsRejected()))));
        if (!quality.rejectsByReason().isEmpty()) {
            List<List<Object>> rows = new ArrayList<>();
            quality.rejectsByReason().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(entry -> rows.add(List.of(entry.getKey(), entry.getValue())));
            blocks.add(new ReportTable(
                    texts.t("table.rejects", String.valueOf(data.year())),
                    texts.t("sheet.rejects"),
                    List.of(
                            new ReportColumn(texts.t("column.reason"), ColumnKind.TEXT),
                            new ReportColumn(texts.t("column.count"), ColumnKind.INTEGER)),
                    rows,
                    List.of()));
        }
        if (data.provisional().isEmpty()) {
            blocks.add(new ReportParagraph(texts.t("section.quality.noProvisional")));
        } else {
            blocks.add(new ReportParagraph(texts.t(
                    "section.quality.provisional",
                    texts.number(data.provisional().size()))));
            blocks.add(new ReportTable(
                    texts.t("table.provisional"),
                    texts.t("sheet.provisional"),
                    List.of(
                            new ReportColumn(texts.t("column.code"), ColumnKind.TEXT),
                            new ReportColumn(texts.t("column.unit"), ColumnKind.TEXT)),
                    data.provisional().stream()
                            .map(unit -> List.<Object>of(unit.code(), unit.name()))
                            .toList(),
                    List.of()));
        }
        return new ReportSection(texts.t("section.quality"), blocks);
    }

    private ReportSection merges() {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportParagraph(texts.t(
                "section.merges.intro." + data.restatement().code(),
                texts.number(data.merges().size()))));
        if (!data.merges().isEmpty()) {
            blocks.add(new ReportTable(
                    texts.t("table.merges"),
                    texts.t("sheet.merges"),
                    List.of(
                            new ReportColumn(texts.t("column.mergedUnit"), ColumnKind.TEXT),
                            new ReportColumn(texts.t("column.mergedInto"), ColumnKind.TEXT),
                            new ReportColumn(texts.t("column.effectiveDate"), ColumnKind.TEXT)),
                    data.merges().stream()
                            .map(merge -> List.<Object>of(
                                    merge.fromName() + " (" + merge.fromCode() + ")",
                                    merge.toName() + " (" + merge.toCode() + ")",
                                    texts.date(merge.effectiveDate())))
                            .toList(),
                    List.of()));
        }
        // the district's totals in both restatements: the same every year
        LevelRows asIs = new LevelRows(data.members().rows(), Restatement.AS_IS);
        LevelRows asWas = new LevelRows(data.members().rows(), Restatement.AS_WAS);
        List<List<Object>> rows = new ArrayList<>();
        boolean whole = data.members().years().stream()
                .allMatch(year -> LevelTables.whole(asIs.total(year)) && LevelTables.whole(asWas.total(year)));
        ColumnKind kind = whole ? ColumnKind.INTEGER : ColumnKind.DECIMAL;
        for (int year : data.members().years()) {
            LevelTally is = asIs.total(year);
            LevelTally was = asWas.total(year);
            rows.add(List.of(
                    String.valueOf(year),
                    LevelTables.count(is.countRated(), whole),
                    LevelTables.count(was.countRated(), whole),
                    LevelTables.count(is.countExcellent(), whole),
                    LevelTables.count(was.countExcellent(), whole)));
        }
        blocks.add(new ReportTable(
                texts.t("table.restatedTotals"),
                texts.t("sheet.restatedTotals"),
                List.of(
                        new ReportColumn(texts.t("column.year"), ColumnKind.TEXT),
                        new ReportColumn(texts.t("column.ratedAsIs"), kind),
                        new ReportColumn(texts.t("column.ratedAsWas"), kind),
                        new ReportColumn(texts.t("column.excellentAsIs"), kind),
                        new ReportColumn(texts.t("column.excellentAsWas"), kind)),
                rows,
                List.of(texts.t("note.restatedTotals"))));
        return new ReportSection(texts.t("section.merges"), blocks);
    }
}
