package vn.danhgia.dashboard.report.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The year-over-year comparison report as a document, independent of its format: the PDF and XLSX writers
 * lay out the same model. Every text is already in the reader's language ({@link #locale}); numbers in
 * tables are values, formatted by each writer for the locale.
 *
 * @param title the title block of page 1
 * @param simulated the report is built from simulated data and must say so on every page
 * @param simulatedMark the text printed on every page when {@code simulated}, e.g. "DỮ LIỆU MÔ PHỎNG"
 * @param summary the few numbers of the one-page summary
 * @param sections the numbered sections, in order
 * @param locale the reader's language, for number formats
 */
public record YearReport(
        TitleBlock title,
        boolean simulated,
        String simulatedMark,
        List<SummaryPoint> summary,
        List<ReportSection> sections,
        Locale locale) {
    public YearReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(simulatedMark, "simulatedMark");
        Objects.requireNonNull(locale, "locale");
        summary = List.copyOf(summary);
        sections = List.copyOf(sections);
        if (simulated && simulatedMark.isBlank()) {
            throw new IllegalArgumentException(
                    "A report of simulated data needs the mark printed on every page, e.g. \"DỮ LIỆU MÔ PHỎNG\"");
        }
    }
}
