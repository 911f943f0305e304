package vn.danhgia.dashboard.page;

import java.util.List;
import vn.danhgia.dashboard.export.ColumnType;
import vn.danhgia.dashboard.export.ExportTable;
import vn.danhgia.dashboard.export.ExportTable.Column;
import vn.danhgia.dashboard.query.FindingsQuery.Finding;
import vn.danhgia.dashboard.web.Texts;

/**
 * The findings list as a table to download, in the user's language: one row per finding with the
 * detector's name, year and score as numbers, the unit and its organization, and who it is about
 * (a pseudonym only when the user may see pseudonyms). Never the evidence's JSON.
 */
final class FindingsExport {
    private FindingsExport() {}

    static ExportTable table(Texts texts, List<Finding> findings, boolean showPseudonyms) {
        ExportTable.Builder builder = ExportTable.builder(
                texts.t("findings.export.sheet"),
                List.of(
                        Column.of(texts.t("findings.column.detector"), ColumnType.TEXT),
                        Column.of(texts.t("findings.column.year"), ColumnType.INTEGER),
                        Column.of(texts.t("findings.column.severity"), ColumnType.TEXT),
                        Column.of(texts.t("findings.column.score"), ColumnType.DECIMAL),
                        Column.of(texts.t("findings.export.unitCode"), ColumnType.TEXT),
                        Column.of(texts.t("findings.column.unit"), ColumnType.TEXT),
                        Column.of(texts.t("findings.export.organization"), ColumnType.TEXT),
                        Column.of(texts.t("findings.column.subject"), ColumnType.TEXT),
                        new Column(texts.t("findings.export.id"), ColumnType.TEXT, 20)));
        for (Finding finding : findings) {
            builder.row(
                    texts.label("detector", finding.detector()),
                    (long) finding.year(),
                    texts.label("severity", finding.severity()),
                    finding.score(),
                    finding.unitCode(),
                    finding.unitName().isEmpty() ? finding.unitCode() : finding.unitName(),
                    finding.organizationName().orElse(""),
                    FindingsPage.subject(texts, showPseudonyms, finding),
                    finding.id());
        }
        return builder.build();
    }
}
