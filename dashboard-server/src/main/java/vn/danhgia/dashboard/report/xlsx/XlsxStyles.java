package vn.danhgia.dashboard.report.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import vn.danhgia.dashboard.report.model.ColumnKind;

/** The cell styles of the report's workbook, made once per workbook (a workbook holds at most 64,000). */
final class XlsxStyles {
    /** Whole numbers: "1,234" (shown with the reader's separators by the spreadsheet program). */
    static final String INTEGER_FORMAT = "#,##0";
    /** Shares stored as fractions: 0.125 shows as 12.5%. */
    static final String PERCENT_FORMAT = "0.0%";
    /** Other numbers: two decimals. */
    static final String DECIMAL_FORMAT = "#,##0.00";

    final CellStyle header;
    final CellStyle text;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle percent;
    final CellStyle title;
    final CellStyle bold;
    final CellStyle italic;
    final CellStyle mark;
    final CellStyle wrapped;

    XlsxStyles(Workbook workbook) {
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        Font italicFont = workbook.createFont();
        italicFont.setItalic(true);
        Font markFont = workbook.createFont();
        markFont.setBold(true);
        markFont.setColor(IndexedColors.DARK_RED.getIndex());

        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);

        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        integer = numberStyle(workbook, INTEGER_FORMAT);
        decimal = numberStyle(workbook, DECIMAL_FORMAT);
        percent = numberStyle(workbook, PERCENT_FORMAT);

        title = workbook.createCellStyle();
        title.setFont(titleFont);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        italic = workbook.createCellStyle();
        italic.setFont(italicFont);
        mark = workbook.createCellStyle();
        mark.setFont(markFont);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    }

    CellStyle of(ColumnKind kind) {
        return switch (kind) {
            case TEXT -> text;
            case INTEGER -> integer;
            case DECIMAL -> decimal;
            case PERCENT -> percent;
        };
    }

    private static CellStyle numberStyle(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
