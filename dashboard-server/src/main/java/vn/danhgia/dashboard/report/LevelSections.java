package vn.danhgia.dashboard.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.danhgia.dashboard.report.model.ReportBlock;
import vn.danhgia.dashboard.report.model.ReportParagraph;
import vn.danhgia.dashboard.report.model.ReportSection;

/**
 * The report's sections of ratings: members, organizations and leaders per unit type and per grassroots
 * organization in the comparison year and the report year, then the trend over every loaded year.
 */
final class LevelSections {
    private final ReportWording texts;
    private final ReportData data;
    private final LevelTables tables;
    private final ReportCharts charts;

    LevelSections(ReportWording texts, ReportData data) {
        this.texts = texts;
        this.data = data;
        this.tables = new LevelTables(texts);
        this.charts = new ReportCharts(texts);
    }

    List<ReportSection> sections() {
        return List.of(
                kind("members", data.members(), true),
                kind("organizations", data.organizations(), false),
                kind("leaders", data.leaders(), false),
                trend());
    }

    private List<Integer> years() {
        return List.of(data.baseYear(), data.year());
    }

    private ReportSection kind(String kind, LevelRows rows, boolean withChart) {
        String base = String.valueOf(data.baseYear());
        String year = String.valueOf(data.year());
        String restatement = texts.t("restatement." + data.restatement().code());
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportParagraph(texts.t("section." + kind + ".intro", year, base, restatement)));
        blocks.add(tables.table(
                texts.t("table." + kind + ".byType", year, base),
                texts.t("sheet." + kind + ".byType"),
                texts.t("column.unitType"),
                tables.byType(rows, years(), true),
                false,
                true,
                false,
                List.of(
                        texts.t("note.shares"),
                        texts.t("note.restatement." + data.restatement().code()))));
        if (withChart) {
            blocks.add(charts.excellentShareByType(
                    texts.t("chart.excellentShareByType", base, year, restatement),
                    rows,
                    data.baseYear(),
                    data.year()));
        }
        blocks.add(tables.table(
                texts.t("table." + kind + ".byOrganization", year, base),
                texts.t("sheet." + kind + ".byOrganization"),
                texts.t("column.organization"),
                tables.byOrganization(rows, years(), mergeNotes()),
                true,
                true,
                true,
                List.of(texts.t("note.restatement." + data.restatement().code()))));
        return new ReportSection(texts.t("section." + kind), blocks);
    }

    private ReportSection trend() {
        List<ReportBlock> blocks = new ArrayList<>();
        List<Integer> years = data.members().years();
        String restatement = texts.t("restatement." + data.restatement().code());
        blocks.add(new ReportParagraph(texts.t(
                "section.trend.intro",
                String.valueOf(years.get(0)),
                String.valueOf(years.get(years.size() - 1)),
                restatement)));
        List<LevelTables.Line> totals = new ArrayList<>();
        Map<String, LevelRows> kinds = new LinkedHashMap<>();
        kinds.put("members", data.members());
        kinds.put("organizations", data.organizations());
        kinds.put("leaders", data.leaders());
        kinds.forEach((kind, rows) -> {
            for (LevelTables.Line line : tables.byType(rows, years, true)) {
                if (line.name().equals(texts.t("row.total"))) {
                    totals.add(new LevelTables.Line(
                            texts.t("row.kind." + kind), line.code(), line.year(), line.tally(), line.delta(), ""));
                }
            }
        });
        blocks.add(tables.table(
                texts.t("table.trend.totals"),
                texts.t("sheet.trend.totals"),
                texts.t("column.kind"),
                totals,
                false,
                true,
                false,
                List.of(texts.t("note.shares"))));
        blocks.add(charts.levelsOverYears(texts.t("chart.membersOverYears"), data.members()));
        blocks.add(tables.table(
                texts.t("table.trend.membersByType"),
                texts.t("sheet.trend.membersByType"),
                texts.t("column.unitType"),
                tables.byType(data.members(), years, true),
                false,
                true,
                false,
                List.of(texts.t("note.restatement." + data.restatement().code()))));
        return new ReportSection(texts.t("section.trend"), blocks);
    }

    /**
     * What the tables say beside an organization "as was": merged into another on a date, or formed by
     * merging others ("as is" says whom a unit's history was restated from, see {@link LevelTables}).
     */
    private Map<String, String> mergeNotes() {
        Map<String, String> notes = new HashMap<>();
        if (data.restatement() == Restatement.AS_IS) {
            return notes;
        }
        Map<String, List<String>> formed = new LinkedHashMap<>();
        Map<String, String> formedOn = new HashMap<>();
        for (ReportData.Merge merge : data.merges()) {
            notes.merge(
                    merge.fromCode(),
                    texts.t("note.mergedInto", texts.date(merge.effectiveDate()), merge.toName()),
                    (earlier, later) -> earlier + "; " + later);
            formed.computeIfAbsent(merge.toCode(), code -> new ArrayList<>()).add(merge.fromName());
            formedOn.put(merge.toCode(), texts.date(merge.effectiveDate()));
        }
        formed.forEach((code, names) -> notes.merge(
                code,
                texts.t("note.formedFrom", formedOn.get(code), String.join(", ", names)),
                (earlier, later) -> earlier + "; " + later));
        return notes;
    }
}
