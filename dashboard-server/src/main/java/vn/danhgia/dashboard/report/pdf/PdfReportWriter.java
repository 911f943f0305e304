package vn.danhgia.dashboard.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.dashboard.report.ReportTexts;
import vn.danhgia.dashboard.report.model.YearReport;

/**
 * Writes a {@link YearReport} as a PDF a party committee can file: A4 portrait with an official document's
 * margins, the title block of Hướng dẫn 36-HD/VPTW and the summary on page 1, then the numbered sections with
 * their tables (header rows repeated on every page), charts (vector graphics) and paragraphs; "Trang x/y" at
 * the foot of every page, and the simulated-data mark at the head of every page when the data is simulated.
 *
 * <p>Every font is embedded from this jar as a subset (Noto Serif for the text, DejaVu Sans for the charts),
 * so the document prints the same everywhere. The document is built in memory and written to {@code out} only
 * once whole; the caller owns {@code out} (it is not closed). Thread-safe: each call has its own fonts.
 */
public final class PdfReportWriter {
    /** The media type of what {@link #write} writes. */
    public static final String CONTENT_TYPE = "application/pdf";

    private static final Logger LOG = LoggerFactory.getLogger(PdfReportWriter.class);

    private PdfReportWriter() {}

    /** Writes the report as PDF to {@code out}. */
    public static void write(YearReport report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        long started = System.nanoTime();
        ReportFonts fonts = new ReportFonts();
        ReportTexts texts = new ReportTexts(report.locale());
        byte[] body = body(report, fonts, texts);
        new PdfPageStamp(fonts, texts).stamp(body, report.simulated() ? report.simulatedMark() : "", out);
        LOG.info(
                "Report '{}': PDF of {} sections written in {} ms",
                report.title().subtitle(),
                report.sections().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static byte[] body(YearReport report, ReportFonts fonts, ReportTexts texts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        Document document =
                new Document(PdfLayout.PAGE, PdfLayout.LEFT, PdfLayout.RIGHT, PdfLayout.TOP, PdfLayout.BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, bytes);
        // images (the charts) stay where they are in the text instead of moving after what fits on the page
        writer.setStrictImageSequence(true);
        // screen readers and search read the text in its language; viewers show the title, not the file name
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(report.locale().toLanguageTag()));
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        document.addTitle(report.title().title() + " " + report.title().subtitle());
        document.addAuthor(report.title().issuingBody());
        document.addCreator("danhgia");
        document.open();
        new PdfTitlePage(fonts, texts).write(document, report.title(), report.summary());

        new PdfSections(document, writer, fonts, texts, report.locale()).write(report.sections());
        document.close();
        return bytes.toByteArray();
    }
}
