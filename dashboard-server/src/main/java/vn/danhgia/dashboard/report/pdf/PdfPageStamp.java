package vn.danhgia.dashboard.report.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import java.io.IOException;
import java.io.OutputStream;
import vn.danhgia.dashboard.report.ReportTexts;

/**
 * The second pass over the written PDF, once the number of pages is known: "Trang x/y" at the foot of every
 * page and, for simulated data, the mark at the head of every page.
 */
final class PdfPageStamp {
    private static final float FOOTER_BASELINE = PdfLayout.millimetres(10);
    private static final float HEADER_FROM_TOP = PdfLayout.millimetres(11);

    private final ReportFonts fonts;
    private final ReportTexts texts;

    PdfPageStamp(ReportFonts fonts, ReportTexts texts) {
        this.fonts = fonts;
        this.texts = texts;
    }

    void stamp(byte[] written, String simulatedMark, OutputStream out) throws IOException {
        PdfReader reader = new PdfReader(written);
        try {
            PdfStamper stamper = new PdfStamper(reader, out);
            int pages = reader.getNumberOfPages();
            Font footer = fonts.regular(PdfLayout.MARGIN_TEXT_SIZE);
            Font mark = fonts.bold(PdfLayout.MARGIN_TEXT_SIZE);
            mark.setColor(PdfLayout.ACCENT);
            for (int page = 1; page <= pages; page++) {
                PdfContentByte over = stamper.getOverContent(page);
                // pages are portrait or landscape (wide tables, a portrait page turned by /Rotate 90)
                Rectangle size = reader.getPageSizeWithRotation(page);
                float middle = (PdfLayout.LEFT + size.getWidth() - PdfLayout.RIGHT) / 2;
                ColumnText.showTextAligned(
                        over,
                        Element.ALIGN_CENTER,
                        new Phrase(texts.page(page, pages), footer),
                        middle,
                        FOOTER_BASELINE,
                        0);
                if (!simulatedMark.isEmpty()) {
                    ColumnText.showTextAligned(
                            over,
                            Element.ALIGN_RIGHT,
                            new Phrase(simulatedMark, mark),
                            size.getWidth() - PdfLayout.RIGHT,
                            size.getHeight() - HEADER_FROM_TOP,
                            0);
                }
            }
            stamper.close();
        } finally {
            reader.close();
        }
    }
}
