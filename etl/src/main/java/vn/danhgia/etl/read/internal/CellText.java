package vn.danhgia.etl.read.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;

/**
 * Turns POI cells (streamed xlsx or HSSF xls) into the text a raw row keeps, faithful to what the user
 * sees: a number in General format as its plain decimal (1958, not 1958.0; 86.5 stays 86.5), a number with
 * a display format as displayed (a card number formatted 00000000 keeps its leading zeros), a date cell
 * as ISO yyyy-MM-dd (with the time only when it has one), a formula as its cached result.
 */
final class CellText {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final DataFormatter formatter = new DataFormatter(Locale.US);

    /** Converts a row; columns beyond {@code maxColumns} are ignored (stray cells far to the right). */
    TableRow convert(Row row, int maxColumns) {
        int width = Math.min(Math.max(row.getLastCellNum(), 0), maxColumns);
        String[] values = new String[width];
        boolean[] typed = new boolean[width];
        for (int column = 0; column < width; column++) {
            Cell cell = row.getCell(column);
            if (cell == null) {
                values[column] = "";
                continue;
            }
            CellType type = cell.getCellType();
            if (type == CellType.FORMULA) {
                type = cell.getCachedFormulaResultType();
            }
            values[column] = HeaderText.clean(text(cell, type));
            typed[column] = type == CellType.NUMERIC;
        }
        return new TableRow(row.getRowNum() + 1, values, typed);
    }

    private String text(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> number(cell);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> errorText(cell.getErrorCellValue());
            default -> "";
        };
    }

    private String number(Cell cell) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime dateTime = cell.getLocalDateTimeCellValue();
            if (dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)) {
                return dateTime.toLocalDate().toString();
            }
            return dateTime.format(DATE_TIME);
        }
        String format =
                cell.getCellStyle() == null ? "General" : cell.getCellStyle().getDataFormatString();
        if (format == null || format.equalsIgnoreCase("General") || format.contains(",") || format.contains("@")) {
            return plain(value);
        }
        return formatter.formatRawCellContents(value, cell.getCellStyle().getDataFormat(), format);
    }

    /** The shortest decimal that is the double (Excel stores 86.5 as exactly that double). */
    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        String text = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }
}
