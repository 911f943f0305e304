package vn.danhgia.dashboard.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an {@link ExportTable} as an XLSX workbook of one sheet with POI's streaming
 * {@link SXSSFWorkbook} (a window of rows in memory, so a large export does not hold the whole sheet):
 * a bold header row that stays frozen while scrolling, an autofilter over the table, column widths that
 * fit the content (or the column's own width), numbers as numeric cells (whole numbers grouped,
 * decimals to two places, shares as {@code 0.0%}), dates as date cells, and text neutralized against
 * formula injection (a text cell is never a formula in XLSX, but the same text may later be saved as
 * CSV or pasted elsewhere).
 */
public final class XlsxExport {
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String EXTENSION = "xlsx";

    /** Rows kept in memory while writing; older ones go to a temporary file. */
    private static final int WINDOW = 200;
    /** Widest column a fitted width gives, in characters. */
    private static final int MAX_FITTED_WIDTH = 60;

    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private XlsxExport() {}

    public static void write(ExportTable table, OutputStream out) throws IOException {
        List<ExportTable.Column> columns = table.columns();
        int lastRow = table.rows().size();
        if (lastRow >= SpreadsheetVersion.EXCEL2007.getMaxRows()) {
            throw new IllegalArgumentException("an XLSX sheet holds at most "
                    + (SpreadsheetVersion.EXCEL2007.getMaxRows() - 1) + " rows, not " + lastRow);
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet(
                    WorkbookUtil.createSafeSheetName(table.title().isBlank() ? "Sheet1" : table.title()));
            Map<ColumnType, CellStyle> styles = styles(workbook);
            int[] widths = new int[columns.size()];

            Row header = sheet.createRow(0);
            CellStyle headerStyle = headerStyle(workbook);
            for (int column = 0; column < columns.size(); column++) {
                Cell cell = header.createCell(column);
                String text = SpreadsheetSafety.neutralize(columns.get(column).header());
                cell.setCellValue(text);
                cell.setCellStyle(headerStyle);
                widths[column] = text.length() + 2;
            }
            int rowIndex = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(rowIndex++);
                for (int column = 0; column < values.size(); column++) {
                    Object value = values.get(column);
                    if (value == null) {
                        continue;
                    }
                    ColumnType type = columns.get(column).type();
                    Cell cell = row.createCell(column);
                    widths[column] = Math.max(widths[column], write(cell, type, value) + 1);
                    CellStyle style = styles.get(type);
                    if (style != null) {
                        cell.setCellStyle(style);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, columns.size() - 1));
            for (int column = 0; column < columns.size(); column++) {
                int width = columns.get(column).width() > 0
                        ? columns.get(column).width()
                        : Math.min(widths[column], MAX_FITTED_WIDTH);
                sheet.setColumnWidth(column, width * 256);
            }
            workbook.write(out);
        }
    }

    /** The workbook as bytes. */
    public static byte[] bytes(ExportTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes one value and returns about how many characters it shows. */
    private static int write(Cell cell, ColumnType type, Object value) {
        switch (type) {
            case TEXT -> {
                String text = SpreadsheetSafety.neutralize((String) value);
                if (text.length() > MAX_TEXT) {
                    text = text.substring(0, MAX_TEXT - 1) + "…";
                }
                cell.setCellValue(text);
                return text.length();
            }
            case INTEGER, DECIMAL -> {
                double number = ((Number) value).doubleValue();
                cell.setCellValue(number);
                return String.valueOf(Math.round(number)).length() + (type == ColumnType.DECIMAL ? 4 : 2);
            }
            case SHARE -> {
                cell.setCellValue(((Number) value).doubleValue());
                return 7;
            }
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                return 10;
            }
            default -> throw new IllegalStateException("unknown column type " + type);
        }
    }

    private static Map<ColumnType, CellStyle> styles(SXSSFWorkbook workbook) {
        Map<ColumnType, CellStyle> styles = new EnumMap<>(ColumnType.class);
        styles.put(ColumnType.INTEGER, format(workbook, "#,##0"));
        styles.put(ColumnType.DECIMAL, format(workbook, "#,##0.00"));
        styles.put(ColumnType.SHARE, format(workbook, "0.0%"));
        styles.put(ColumnType.DATE, format(workbook, "dd/mm/yyyy"));
        return styles;
    }

    private static CellStyle format(SXSSFWorkbook workbook, String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
    }

    private static CellStyle headerStyle(SXSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setWrapText(true);
        return style;
    }
}
