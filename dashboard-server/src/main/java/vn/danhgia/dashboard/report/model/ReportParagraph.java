package vn.danhgia.dashboard.report.model;

import java.util.Objects;

/**
 * A paragraph of running text in a report section.
 *
 * @param text the paragraph, in the reader's language
 */
public record ReportParagraph(String text) implements ReportBlock {
    public ReportParagraph {
        Objects.requireNonNull(text, "text");
    }
}
