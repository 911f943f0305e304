package vn.danhgia.dashboard.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import vn.danhgia.dashboard.report.ReportTexts;
import vn.danhgia.dashboard.report.model.SummaryPoint;
import vn.danhgia.dashboard.report.model.TitleBlock;

/**
 * Page 1: the title block in the layout of Hướng dẫn 36-HD/VPTW, the title and subtitle, and the summary.
 *
 * <p>The title block is a borderless table of two columns whose rows line up: the superior body beside
 * "ĐẢNG CỘNG SẢN VIỆT NAM" (bold, underlined), the issuing body (bold) and the asterisk under it, then the
 * number line beside the place and date in italics.
 */
final class PdfTitlePage {
    private final ReportFonts fonts;
    private final ReportTexts texts;

    PdfTitlePage(ReportFonts fonts, ReportTexts texts) {
        this.fonts = fonts;
        this.texts = texts;
    }

    void write(Document document, TitleBlock title, List<SummaryPoint> summary) {
        document.add(titleBlock(title));

        Paragraph kind = new Paragraph(title.title(), fonts.bold(PdfLayout.TITLE_SIZE));
        kind.setAlignment(Element.ALIGN_CENTER);
        kind.setSpacingBefore(24);
        document.add(kind);
        if (!title.subtitle().isBlank()) {
            Paragraph subtitle = new Paragraph(title.subtitle(), fonts.bold(PdfLayout.SUBTITLE_SIZE));
            subtitle.setAlignment(Element.ALIGN_CENTER);
            subtitle.setLeading(PdfLayout.SUBTITLE_SIZE * 1.3f);
            subtitle.setIndentationLeft(24);
            subtitle.setIndentationRight(24);
            document.add(subtitle);
        }
        document.add(shortRule());

        if (!summary.isEmpty()) {
            Paragraph heading = new Paragraph(texts.text("report.summary"), fonts.bold(PdfLayout.HEADING_SIZE));
            heading.setSpacingAfter(8);
            document.add(heading);
            document.add(summaryTable(summary));
        }
    }

    private PdfPTable titleBlock(TitleBlock title) {
        PdfPTable table = new PdfPTable(new float[] {44, 56});
        table.setWidthPercentage(100);
        Font regular = fonts.regular(PdfLayout.TITLE_BLOCK_SIZE);
        Font bold = fonts.bold(PdfLayout.TITLE_BLOCK_SIZE);

        Chunk party = new Chunk(texts.text("report.party"), fonts.bold(PdfLayout.PARTY_SIZE));
        party.setUnderline(0.7f, -2.5f);
        table.addCell(cell(new Phrase(title.issuingBodyParent(), regular), Element.ALIGN_CENTER));
        table.addCell(cell(new Phrase(party), Element.ALIGN_CENTER));
        table.addCell(cell(new Phrase(title.issuingBody(), bold), Element.ALIGN_CENTER));
        table.addCell(cell(new Phrase(" ", regular), Element.ALIGN_CENTER));
        table.addCell(cell(new Phrase("*", regular), Element.ALIGN_CENTER));
        table.addCell(cell(new Phrase(" ", regular), Element.ALIGN_CENTER));
        table.addCell(cell(new Phrase(title.documentNumber(), regular), Element.ALIGN_CENTER));
        table.addCell(cell(
                new Phrase(texts.placeAndDate(title), fonts.italic(PdfLayout.TITLE_BLOCK_SIZE)), Element.ALIGN_CENTER));
        return table;
    }

    private PdfPTable summaryTable(List<SummaryPoint> summary) {
        PdfPTable table = new PdfPTable(new float[] {30, 70});
        table.setWidthPercentage(100);
        for (SummaryPoint point : summary) {
            PdfPCell value = new PdfPCell(new Phrase(point.value(), fonts.bold(PdfLayout.SUMMARY_VALUE_SIZE)));
            value.getPhrase().getFont().setColor(PdfLayout.ACCENT);
            value.setHorizontalAlignment(Element.ALIGN_RIGHT);
            value.setVerticalAlignment(Element.ALIGN_MIDDLE);
            value.setPaddingRight(14);
            summaryBorders(value);
            table.addCell(value);

            PdfPCell words = new PdfPCell();
            Paragraph label = new Paragraph(point.label(), fonts.bold(PdfLayout.SUMMARY_TEXT_SIZE));
            label.setLeading(PdfLayout.SUMMARY_TEXT_SIZE * 1.3f);
            words.addElement(label);
            if (!point.sentence().isBlank()) {
                Paragraph sentence = new Paragraph(point.sentence(), fonts.regular(PdfLayout.SUMMARY_TEXT_SIZE));
                sentence.setLeading(PdfLayout.SUMMARY_TEXT_SIZE * 1.3f);
                words.addElement(sentence);
            }
            words.setVerticalAlignment(Element.ALIGN_MIDDLE);
            summaryBorders(words);
            table.addCell(words);
        }
        return table;
    }

    /** The short rule centered under the subtitle, as party documents draw it. */
    private static PdfPTable shortRule() {
        PdfPTable rule = new PdfPTable(1);
        rule.setWidthPercentage(15);
        rule.setSpacingBefore(9);
        rule.setSpacingAfter(18);
        PdfPCell line = new PdfPCell();
        line.setBorder(Rectangle.BOTTOM);
        line.setBorderWidth(0.6f);
        line.setBorderColor(PdfLayout.RULE);
        line.setFixedHeight(2);
        rule.addCell(line);
        return rule;
    }

    private static void summaryBorders(PdfPCell cell) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(PdfLayout.HEADER_FILL.darker());
        cell.setBorderWidth(0.5f);
        cell.setPaddingTop(8);
        cell.setPaddingBottom(10);
    }

    private static PdfPCell cell(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(0);
        cell.setPaddingBottom(3);
        return cell;
    }
}
