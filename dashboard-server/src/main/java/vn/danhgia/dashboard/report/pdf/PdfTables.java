package vn.danhgia.dashboard.report.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
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
    private static final float PADDING = PdfColumnWidths.PADDING;

    private final ReportFonts fonts;
    private final ReportNumbers numbers;
    private final ReportTexts texts;

    private final PdfColumnWidths widths;

    PdfTables(ReportFonts fonts, ReportNumbers numbers, ReportTexts texts) {
        this.fonts = fonts;
        this.numbers = numbers;
        this.texts = texts;
        this.widths = new PdfColumnWidths(fonts, numbers);
    }

    /** How the table is laid out: its type size, column widths and page orientation. */
    PdfColumnWidths.Layout layout(ReportTable model) {
        return widths.layout(model);
    }

    PdfPTable table(ReportTable model, PdfColumnWidths.Layout layout) {
        List<ReportColumn> columns = model.columns();
        PdfPTable table = new PdfPTable(layout.widths());
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

        Font headerFont = fonts.bold(layout.size());
        for (ReportColumn column : columns) {
            PdfPCell header = cell(new Phrase(column.header(), headerFont));
            header.setBackgroundColor(PdfLayout.HEADER_FILL);
            header.setHorizontalAlignment(Element.ALIGN_CENTER);
            header.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(header);
        }
        Font valueFont = fonts.regular(layout.size());
        if (model.rows().isEmpty()) {
            // a table of header rows only would not be printed at all: say that it is empty
            PdfPCell empty = cell(new Phrase(texts.text("report.noRows"), fonts.italic(layout.size())));
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
