package vn.danhgia.dashboard.report.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import vn.danhgia.dashboard.report.ReportNumbers;
import vn.danhgia.dashboard.report.ReportTexts;
import vn.danhgia.dashboard.report.model.ColumnKind;
import vn.danhgia.dashboard.report.model.ReportColumn;
import vn.danhgia.dashboard.report.model.ReportTable;

/**
 * A report table as a PDF table: its caption and column headers are header rows, repeated at the top of every
 * page the table spans; the table breaks between rows; numbers are right-aligned in the reader's format.
 */
final class PdfTables {
    private static final float PADDING = 3;
    /** Rows measured to size the columns: enough to see the widest values without reading a huge table twice. */
    private static final int MEASURED_ROWS = 500;

    private final ReportFonts fonts;
    private final ReportNumbers numbers;
    private final ReportTexts texts;

    PdfTables(ReportFonts fonts, ReportNumbers numbers, ReportTexts texts) {
        this.fonts = fonts;
        this.numbers = numbers;
        this.texts = texts;
    }

    PdfPTable table(ReportTable model) {
        List<ReportColumn> columns = model.columns();
        PdfPTable table = new PdfPTable(widths(model));
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(model.notes().isEmpty() ? 12 : 4);
        table.setHeaderRows(2);
        table.setSplitLate(true);
        table.setSplitRows(true);

        PdfPCell caption = new PdfPCell(new Phrase(model.title(), fonts.bold(PdfLayout.CAPTION_SIZE)));
        caption.setColspan(columns.size());
        caption.setBorder(Rectangle.NO_BORDER);
        caption.setHorizontalAlignment(Element.ALIGN_CENTER);
        caption.setPaddingBottom(6);
        table.addCell(caption);

        Font headerFont = fonts.bold(PdfLayout.TABLE_SIZE);
        for (ReportColumn column : columns) {
            PdfPCell header = cell(new Phrase(column.header(), headerFont));
            header.setBackgroundColor(PdfLayout.HEADER_FILL);
            header.setHorizontalAlignment(Element.ALIGN_CENTER);
            header.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(header);
        }
        Font valueFont = fonts.regular(PdfLayout.TABLE_SIZE);
        if (model.rows().isEmpty()) {
            // a table of header rows only would not be printed at all: say that it is empty
            PdfPCell empty = cell(new Phrase(texts.text("report.noRows"), fonts.italic(PdfLayout.TABLE_SIZE)));
            empty.setColspan(columns.size());
            empty.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(empty);
        }
        for (List<Object> row : model.rows()) {
            for (int index = 0; index < columns.size(); index++) {
                ColumnKind kind = columns.get(index).kind();
                PdfPCell value = cell(new Phrase(numbers.format(kind, row.get(index)), valueFont));
                value.setHorizontalAlignment(kind == ColumnKind.TEXT ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
                table.addCell(value);
            }
        }
        return table;
    }

    /**
     * Column widths from what they hold: the widest value (of the first rows) or the longest word of the
     * header, whichever is wider. When they do not all fit, number columns keep that width (a number never
     * wraps) and text columns share what is left, the widest giving way first, so a long name wraps, not a
     * number.
     */
    private float[] widths(ReportTable model) {
        List<ReportColumn> columns = model.columns();
        float[] widths = new float[columns.size()];
        float numbers = 0;
        float texts = 0;
        for (int index = 0; index < columns.size(); index++) {
            widths[index] = naturalWidth(model, index);
            if (columns.get(index).kind() == ColumnKind.TEXT) {
                texts += widths[index];
            } else {
                numbers += widths[index];
            }
        }
        float room = PdfLayout.TEXT_WIDTH - numbers;
        if (numbers + texts <= PdfLayout.TEXT_WIDTH || texts == 0 || room < PdfLayout.TEXT_WIDTH / 3) {
            // all fits (the spare room goes to every column alike), or there is no text to wrap, or the numbers
            // take most of the page: all columns are scaled alike
            return widths;
        }
        float cap = textCap(columns, widths, room);
        for (int index = 0; index < columns.size(); index++) {
            if (columns.get(index).kind() == ColumnKind.TEXT) {
                widths[index] = Math.min(widths[index], cap);
            }
        }
        return widths;
    }

    /**
     * The widest a text column may be so that all text columns share {@code room}: the widest columns give way
     * first (a long name wraps before a short label does).
     */
    private static float textCap(List<ReportColumn> columns, float[] widths, float room) {
        List<Float> texts = new ArrayList<>();
        for (int index = 0; index < columns.size(); index++) {
            if (columns.get(index).kind() == ColumnKind.TEXT) {
                texts.add(widths[index]);
            }
        }
        texts.sort(null);
        float used = 0;
        for (int index = 0; index < texts.size(); index++) {
            int wider = texts.size() - index;
            float cap = (room - used) / wider;
            if (cap <= texts.get(index)) {
                return cap;
            }
            used += texts.get(index);
        }
        return Float.MAX_VALUE;
    }

    private float naturalWidth(ReportTable model, int column) {
        ReportColumn header = model.columns().get(column);
        float widest = 0;
        for (String word : header.header().split("\\s+")) {
            widest = Math.max(widest, fonts.serifBold.getWidthPoint(word, PdfLayout.TABLE_SIZE));
        }
        int measured = 0;
        for (List<Object> row : model.rows()) {
            if (measured++ == MEASURED_ROWS) {
                break;
            }
            String text = numbers.format(header.kind(), row.get(column));
            widest = Math.max(widest, fonts.serif.getWidthPoint(text, PdfLayout.TABLE_SIZE));
        }
        return widest + 2 * PADDING + 4;
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPadding(PADDING);
        cell.setPaddingBottom(PADDING + 1);
        cell.setBorderWidth(0.5f);
        cell.setBorderColor(PdfLayout.RULE);
        cell.setUseAscender(true);
        return cell;
    }
}
