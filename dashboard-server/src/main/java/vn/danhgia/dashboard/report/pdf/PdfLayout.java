package vn.danhgia.dashboard.report.pdf;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import java.awt.Color;

/**
 * The page and type of the report: A4 portrait with the margins of an official document (top and bottom
 * 20 mm, left 30 mm for binding, right 15 mm), body text in 13 pt as party documents are set, tables in 10 pt
 * (down to 7 pt, and on landscape pages, when they are wide: {@link PdfColumnWidths}).
 */
final class PdfLayout {
    static final Rectangle PAGE = PageSize.A4;
    static final float TOP = millimetres(20);
    static final float BOTTOM = millimetres(20);
    static final float LEFT = millimetres(30);
    static final float RIGHT = millimetres(15);
    /** The width text and tables may take. */
    static final float TEXT_WIDTH = PAGE.getWidth() - LEFT - RIGHT;
    /** A landscape page, for tables too wide for a portrait one (same margins: the binding stays left). */
    static final Rectangle LANDSCAPE_PAGE = PageSize.A4.rotate();

    static final float LANDSCAPE_TEXT_WIDTH = LANDSCAPE_PAGE.getWidth() - LEFT - RIGHT;

    static final float TITLE_BLOCK_SIZE = 13;
    static final float PARTY_SIZE = 14;
    static final float TITLE_SIZE = 15;
    static final float SUBTITLE_SIZE = 14;
    static final float BODY_SIZE = 13;
    static final float HEADING_SIZE = 13;
    static final float CAPTION_SIZE = 11;
    static final float NOTE_SIZE = 10;
    static final float SUMMARY_VALUE_SIZE = 20;
    static final float SUMMARY_TEXT_SIZE = 12;
    static final float MARGIN_TEXT_SIZE = 10;

    /** The height of a chart, for the full text width (about 16:9). */
    static final float CHART_HEIGHT = 260;

    static final Color RULE = new Color(0x40, 0x40, 0x40);
    static final Color HEADER_FILL = new Color(0xE8, 0xE8, 0xE8);
    static final Color ACCENT = new Color(0xA5, 0x1C, 0x1C);
    static final Color SECONDARY = new Color(0x55, 0x55, 0x55);

    private PdfLayout() {}

    static float millimetres(double millimetres) {
        return (float) (millimetres * 72 / 25.4);
    }
}
