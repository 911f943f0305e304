package vn.danhgia.dashboard.report.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.util.List;
import vn.danhgia.dashboard.report.ReportNumbers;
import vn.danhgia.dashboard.report.model.ColumnKind;
import vn.danhgia.dashboard.report.model.ReportColumn;
import vn.danhgia.dashboard.report.model.ReportTable;

/**
 * How a table is laid out: its type size, its column widths and whether it needs a landscape page.
 *
 * <p>A number never wraps and a word is never broken: each number column gets the width of its widest value
 * (or of its header's longest word), each text column at least its longest word and about 20 letters. The
 * table is tried on a portrait page at 10 and 9 pt with nothing wrapped, then at 10, 9 and 8 pt with text
 * wrapped, then on a landscape page from 10 down to 7 pt; the first that fits wins.
 * Text columns then share the room left, the widest giving way first (a long name wraps before a short
 * label does). Only a table too wide for all of these is squeezed, every column alike.
 */
final class PdfColumnWidths {
    static final float PADDING = 3;
    /** Rows measured to size the columns: enough to see the widest values without measuring a huge table. */
    private static final int MEASURED_ROWS = 500;
    /** A text column never narrower than this (points), so a one-letter header does not make a sliver. */
    private static final float NARROWEST_TEXT = 28;
    /**
     * A text column whose values are longer keeps at least this many ems (about 20 letters), so names wrap onto
     * two lines rather than five; a table that cannot give it that goes to a smaller type or a landscape page.
     */
    private static final float COMFORTABLE_TEXT_EMS = 10;
    /** The longest word a text column must fit unbroken (points at the chosen size); longer ones may break. */
    private static final float LONGEST_UNBROKEN_WORD = 140;

    /** Sizes tried first for a portrait table where nothing wraps at all. */
    private static final float[] UNWRAPPED_SIZES = {10, 9};

    private static final float[] PORTRAIT_SIZES = {10, 9, 8};
    private static final float[] LANDSCAPE_SIZES = {10, 9, 8, 7};

    /** The chosen layout. */
    record Layout(float size, float[] widths, boolean landscape) {}

    private final ReportFonts fonts;
    private final ReportNumbers numbers;

    PdfColumnWidths(ReportFonts fonts, ReportNumbers numbers) {
        this.fonts = fonts;
        this.numbers = numbers;
    }

    Layout layout(ReportTable model) {
        for (float size : UNWRAPPED_SIZES) {
            float[] natural = natural(model, size);
            if (sum(natural) <= PdfLayout.TEXT_WIDTH) {
                return new Layout(size, natural, false);
            }
        }
        for (float size : PORTRAIT_SIZES) {
            float[] widths = fit(model, size, PdfLayout.TEXT_WIDTH);
            if (widths != null) {
                return new Layout(size, widths, false);
            }
        }
        for (float size : LANDSCAPE_SIZES) {
            float[] widths = fit(model, size, PdfLayout.LANDSCAPE_TEXT_WIDTH);
            if (widths != null) {
                return new Layout(size, widths, true);
            }
        }
        float smallest = LANDSCAPE_SIZES[LANDSCAPE_SIZES.length - 1];
        return new Layout(smallest, natural(model, smallest), true);
    }

    /** The widths at {@code size} within {@code room}, or null when the table does not fit. */
    private float[] fit(ReportTable model, float size, float room) {
        List<ReportColumn> columns = model.columns();
        float[] natural = natural(model, size);
        float[] least = least(model, size, natural);
        float needed = 0;
        float wanted = 0;
        for (int index = 0; index < columns.size(); index++) {
            needed += least[index];
            wanted += natural[index];
        }
        if (needed > room) {
            return null;
        }
        if (wanted <= room) {
            return natural; // the spare room goes to every column alike
        }
        float low = 0;
        float high = room;
        for (int step = 0; step < 40; step++) {
            float cap = (low + high) / 2;
            if (total(columns, natural, least, cap) > room) {
                high = cap;
            } else {
                low = cap;
            }
        }
        float[] widths = new float[columns.size()];
        for (int index = 0; index < columns.size(); index++) {
            widths[index] = capped(columns.get(index), natural[index], least[index], low);
        }
        return widths;
    }

    private static float sum(float[] widths) {
        float sum = 0;
        for (float width : widths) {
            sum += width;
        }
        return sum;
    }

    private static float total(List<ReportColumn> columns, float[] natural, float[] least, float cap) {
        float total = 0;
        for (int index = 0; index < columns.size(); index++) {
            total += capped(columns.get(index), natural[index], least[index], cap);
        }
        return total;
    }

    private static float capped(ReportColumn column, float natural, float least, float cap) {
        return column.kind() == ColumnKind.TEXT ? Math.max(least, Math.min(natural, cap)) : natural;
    }

    /** Each column's width with nothing wrapped (headers wrap between words, values never). */
    private float[] natural(ReportTable model, float size) {
        List<ReportColumn> columns = model.columns();
        float[] widths = new float[columns.size()];
        for (int column = 0; column < columns.size(); column++) {
            ReportColumn header = columns.get(column);
            float widest = longestWord(fonts.serifBold, header.header(), size);
            int measured = 0;
            for (List<Object> row : model.rows()) {
                if (measured++ == MEASURED_ROWS) {
                    break;
                }
                String text = numbers.format(header.kind(), row.get(column));
                widest = Math.max(widest, fonts.serif.getWidthPoint(text, size));
            }
            widths[column] = widest + 2 * PADDING + 4;
        }
        return widths;
    }

    /**
     * Each column's narrowest width: a number column its natural one, a text column its longest word and at
     * least a comfortable width (or its natural one, when that is less).
     */
    private float[] least(ReportTable model, float size, float[] natural) {
        List<ReportColumn> columns = model.columns();
        float[] widths = new float[columns.size()];
        for (int column = 0; column < columns.size(); column++) {
            ReportColumn header = columns.get(column);
            if (header.kind() != ColumnKind.TEXT) {
                widths[column] = natural[column];
                continue;
            }
            float widest = longestWord(fonts.serifBold, header.header(), size);
            int measured = 0;
            for (List<Object> row : model.rows()) {
                if (measured++ == MEASURED_ROWS) {
                    break;
                }
                if (row.get(column) instanceof String text) {
                    widest = Math.max(widest, longestWord(fonts.serif, text, size));
                }
            }
            float unbroken = Math.min(widest, LONGEST_UNBROKEN_WORD) + 2 * PADDING + 4;
            float comfortable = Math.min(natural[column], COMFORTABLE_TEXT_EMS * size);
            widths[column] = Math.max(NARROWEST_TEXT, Math.max(unbroken, comfortable));
        }
        return widths;
    }

    private static float longestWord(BaseFont font, String text, float size) {
        float widest = 0;
        for (String word : text.split("\\s+")) {
            widest = Math.max(widest, font.getWidthPoint(word, size));
        }
        return widest;
    }
}
