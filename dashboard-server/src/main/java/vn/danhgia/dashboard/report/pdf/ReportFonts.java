package vn.danhgia.dashboard.report.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.dashboard.chart.ChartTheme;

/**
 * The fonts of one PDF, read from this jar (never from the system) and embedded as subsets with Identity-H
 * encoding, so every Vietnamese letter prints on any machine: Noto Serif for the document, DejaVu Sans for the
 * charts (the family {@link ChartTheme} lays them out with). A new instance per document: a {@link BaseFont}
 * keeps per-document state, while the font files' bytes are read once per process.
 */
final class ReportFonts {
    private static final Logger LOG = LoggerFactory.getLogger(ReportFonts.class);
    private static final String FOLDER = "/fonts/";
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

    static {
        registerChartFamily();
    }

    final BaseFont serif;
    final BaseFont serifBold;
    final BaseFont serifItalic;
    final BaseFont sans;
    final BaseFont sansBold;

    ReportFonts() {
        this.serif = load("NotoSerif-Regular.ttf");
        this.serifBold = load("NotoSerif-Bold.ttf");
        this.serifItalic = load("NotoSerif-Italic.ttf");
        this.sans = load("DejaVuSans.ttf");
        this.sansBold = load("DejaVuSans-Bold.ttf");
    }

    Font regular(float size) {
        return new Font(serif, size, Font.NORMAL);
    }

    Font bold(float size) {
        return new Font(serifBold, size, Font.NORMAL);
    }

    Font italic(float size) {
        return new Font(serifItalic, size, Font.NORMAL);
    }

    /**
     * Maps the charts' AWT fonts to the embedded DejaVu Sans: a chart's text is measured by Java with DejaVu
     * Sans and printed with the same family, so labels neither overlap nor lose a letter.
     */
    FontMapper chartFonts() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                return font.isBold() ? sansBold : sans;
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont font, int size) {
                int style = font == sansBold ? java.awt.Font.BOLD : java.awt.Font.PLAIN;
                return new java.awt.Font(ChartTheme.FONT_FAMILY, style, size);
            }
        };
    }

    /** A font of this jar, embedded, its glyphs subset to the letters used. */
    static BaseFont load(String file) {
        try {
            BaseFont font = BaseFont.createFont(
                    file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, bytes(file), null);
            font.setSubset(true);
            return font;
        } catch (IOException | com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("The report font " + FOLDER + file + " of the jar cannot be read", e);
        }
    }

    private static byte[] bytes(String file) {
        return FILES.computeIfAbsent(file, name -> {
            try (InputStream in = ReportFonts.class.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new IllegalStateException("The report font " + FOLDER + name + " is missing from the jar");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("The report font " + FOLDER + name + " cannot be read", e);
            }
        });
    }

    /**
     * Makes the charts' family known to Java where the system lacks it, so charts are measured with the very
     * font they are printed with (without this, Java would measure with its own fallback).
     */
    private static void registerChartFamily() {
        // asking one font for its family is quicker than listing every family of the system
        if (new java.awt.Font(ChartTheme.FONT_FAMILY, java.awt.Font.PLAIN, 12)
                .getFamily(Locale.ROOT)
                .equals(ChartTheme.FONT_FAMILY)) {
            return;
        }
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (String file : new String[] {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
            try {
                environment.registerFont(
                        java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes(file))));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("The chart font " + FOLDER + file + " of the jar cannot be read", e);
            }
        }
        LOG.info("Fonts: {} registered from the jar for the report's charts", ChartTheme.FONT_FAMILY);
    }
}
