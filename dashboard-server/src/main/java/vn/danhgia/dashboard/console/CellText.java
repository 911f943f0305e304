package vn.danhgia.dashboard.console;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** How the console writes a value of a result: as the engine would print it, without grouping. */
public final class CellText {
    private CellText() {}

    /** The value as text; {@code null} (SQL NULL) is for the page to show as such. */
    public static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double number) {
            if (number.isNaN() || number.isInfinite()) {
                return number.toString();
            }
            String text = number.toString();
            return text.contains("E") ? BigDecimal.valueOf(number).toPlainString() : text;
        }
        if (value instanceof LocalDateTime time) {
            return time.toString().replace('T', ' ');
        }
        return value.toString();
    }
}
