package vn.danhgia.dashboard.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;
import java.util.Locale;
import vn.danhgia.dashboard.chart.ChartRenderer;
import vn.danhgia.dashboard.report.ReportNumbers;
import vn.danhgia.dashboard.report.ReportTexts;
import vn.danhgia.dashboard.report.model.ReportBlock;
import vn.danhgia.dashboard.report.model.ReportChart;
import vn.danhgia.dashboard.report.model.ReportParagraph;
import vn.danhgia.dashboard.report.model.ReportSection;
import vn.danhgia.dashboard.report.model.ReportTable;

/**
 * The numbered sections after page 1: headings I., II., …, then each block in order. A table too wide for a
 * portrait page gets landscape pages of its own (with its section heading when it opens the section); the
 * next block returns to portrait.
 */
final class PdfSections {
    private final Document document;
    private final PdfWriter writer;
    private final ReportFonts fonts;
    private final PdfTables tables;
    private final PdfCharts charts;
    private boolean landscape;

    PdfSections(Document document, PdfWriter writer, ReportFonts fonts, ReportTexts texts, Locale locale) {
        this.document = document;
        this.writer = writer;
        this.fonts = fonts;
        this.tables = new PdfTables(fonts, new ReportNumbers(locale), texts);
        this.charts = new PdfCharts(fonts, new ChartRenderer(locale));
    }

    void write(List<ReportSection> sections) {
        for (int index = 0; index < sections.size(); index++) {
            ReportSection section = sections.get(index);
            List<ReportBlock> blocks = section.blocks();
            boolean opensLandscape = !blocks.isEmpty()
                    && blocks.get(0) instanceof ReportTable table
                    && tables.layout(table).landscape();
            if (index == 0 || opensLandscape != landscape) {
                turn(opensLandscape);
            }
            Paragraph heading = new Paragraph(
                    ReportTexts.roman(index + 1) + ". " + section.heading(), fonts.bold(PdfLayout.HEADING_SIZE));
            heading.setSpacingBefore(index == 0 ? 0 : 14);
            heading.setSpacingAfter(6);
            heading.setKeepTogether(true);
            document.add(heading);
            for (ReportBlock block : blocks) {
                write(block);
            }
        }
    }

    private void write(ReportBlock block) {
        if (block instanceof ReportTable table) {
            PdfColumnWidths.Layout layout = tables.layout(table);
            if (layout.landscape() != landscape) {
                turn(layout.landscape());
            }
            document.add(tables.table(table, layout));
            for (String note : table.notes()) {
                document.add(note(note));
            }
            return;
        }
        if (landscape) {
            turn(false);
        }
        if (block instanceof ReportChart chart) {
            document.add(charts.chart(writer.getDirectContent(), chart));
        } else if (block instanceof ReportParagraph paragraph) {
            document.add(paragraph(paragraph));
        }
    }

    /** Starts a new page in the given orientation. */
    private void turn(boolean toLandscape) {
        document.setPageSize(toLandscape ? PdfLayout.LANDSCAPE_PAGE : PdfLayout.PAGE);
        document.newPage();
        landscape = toLandscape;
    }

    private Paragraph note(String text) {
        Paragraph note = new Paragraph(text, fonts.italic(PdfLayout.NOTE_SIZE));
        note.setLeading(PdfLayout.NOTE_SIZE * 1.3f);
        note.setSpacingAfter(4);
        return note;
    }

    private Paragraph paragraph(ReportParagraph model) {
        Paragraph paragraph = new Paragraph(model.text(), fonts.regular(PdfLayout.BODY_SIZE));
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setFirstLineIndent(PdfLayout.millimetres(10));
        paragraph.setLeading(PdfLayout.BODY_SIZE * 1.35f);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }
}
