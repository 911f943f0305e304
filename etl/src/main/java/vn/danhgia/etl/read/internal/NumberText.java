package vn.danhgia.etl.read.internal;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;

/**
 * The text of a numeric xlsx cell from its value and cell style, as {@link CellText} does for POI cells:
 * General as the plain decimal, dates as ISO, other formats as displayed. What a style means is worked
 * out once per style, not once per cell.
 */
final class NumberText {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private enum Display {
        PLAIN,
        DATE,
        FORMATTED
    }

    private record Style(Display display, short formatIndex, String format) {}

    private final StylesTable styles;
    private final boolean date1904;
    private final Map<Integer, Style> byIndex = new HashMap<>();
    private final DataFormatter formatter = new DataFormatter(Locale.US);

    NumberText(StylesTable styles, boolean date1904) {
        this.styles = styles;
        this.date1904 = date1904;
    }

    String text(double value, int styleIndex) {
        Style style = byIndex.computeIfAbsent(styleIndex, this::describe);
        return switch (style.display()) {
            case PLAIN -> CellText.plain(value);
            case DATE -> DateUtil.isValidExcelDate(value) ? date(value, date1904) : CellText.plain(value);
            case FORMATTED -> formatter.formatRawCellContents(value, style.formatIndex(), style.format());
        };
    }

    private Style describe(int styleIndex) {
        if (styles == null || styleIndex >= styles.getNumCellStyles()) {
            return new Style(Display.PLAIN, (short) 0, "General");
        }
        CellStyle style = styles.getStyleAt(styleIndex);
        short index = style.getDataFormat();
        String format = style.getDataFormatString();
        if (format == null) {
            return new Style(Display.PLAIN, index, "General");
        }
        if (DateUtil.isADateFormat(index, format)) {
            return new Style(Display.DATE, index, format);
        }
        return new Style(CellText.isPlainFormat(format) ? Display.PLAIN : Display.FORMATTED, index, format);
    }

    private static String date(double value, boolean date1904) {
        LocalDateTime dateTime = DateUtil.getLocalDateTime(value, date1904);
        return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? dateTime.toLocalDate().toString()
                : dateTime.format(DATE_TIME);
    }
}
