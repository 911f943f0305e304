package vn.danhgia.dashboard.report.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import vn.danhgia.dashboard.chart.ChartRenderer;
import vn.danhgia.dashboard.report.model.ReportChart;

/**
 * A report chart drawn as vector graphics: JFreeChart draws onto OpenPDF's Graphics2D of a template, whose
 * text is set in the embedded DejaVu Sans, and the template is placed as an image with its caption above,
 * both kept on one page.
 */
final class PdfCharts {
    private final ReportFonts fonts;
    private final ChartRenderer charts;

    PdfCharts(ReportFonts fonts, ChartRenderer charts) {
        this.fonts = fonts;
        this.charts = charts;
    }

    PdfPTable chart(PdfContentByte content, ReportChart chart) {
        float width = PdfLayout.TEXT_WIDTH;
        float height = PdfLayout.CHART_HEIGHT;
        PdfTemplate template = content.createTemplate(width, height);
        Graphics2D graphics = template.createGraphics(width, height, fonts.chartFonts());
        try {
            charts.draw(chart.spec(), graphics, new Rectangle2D.Double(0, 0, width, height), false);
        } finally {
            graphics.dispose();
        }
        Image image;
        try {
            image = Image.getInstance(template);
        } catch (BadElementException e) {
            throw new IllegalStateException("Chart '" + chart.title() + "' could not be placed in the PDF", e);
        }
        image.setAlt(
                chart.spec().description().isBlank()
                        ? chart.title()
                        : chart.spec().description());

        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.setSpacingBefore(10);
        table.setSpacingAfter(12);
        PdfPCell caption = new PdfPCell(new Phrase(chart.title(), fonts.bold(PdfLayout.CAPTION_SIZE)));
        caption.setBorder(Rectangle.NO_BORDER);
        caption.setHorizontalAlignment(Element.ALIGN_CENTER);
        caption.setPaddingBottom(6);
        table.addCell(caption);
        PdfPCell picture = new PdfPCell(image, false);
        picture.setBorder(Rectangle.NO_BORDER);
        picture.setPadding(0);
        table.addCell(picture);
        return table;
    }
}
