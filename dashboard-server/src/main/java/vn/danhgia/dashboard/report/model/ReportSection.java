package vn.danhgia.dashboard.report.model;

import java.util.List;
import java.util.Objects;

/**
 * A numbered section of a report (I., II., …): a heading and its blocks in order.
 *
 * @param heading the heading without its number, e.g. "Kết quả xếp loại đảng viên"
 * @param blocks the tables, charts and paragraphs of the section
 */
public record ReportSection(String heading, List<ReportBlock> blocks) {
    public ReportSection {
        Objects.requireNonNull(heading, "heading");
        blocks = List.copyOf(blocks);
        if (heading.isBlank()) {
            throw new IllegalArgumentException("A report section needs a heading");
        }
    }
}
