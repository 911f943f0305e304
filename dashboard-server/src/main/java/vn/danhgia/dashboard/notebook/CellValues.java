package vn.danhgia.dashboard.notebook;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.danhgia.dashboard.web.Texts;

/**
 * How a result's values are written in a notebook's tables and chart categories, in the reader's language
 * (Vietnamese: 1.234 and 12,5 % and 15/12/2024; English: 1,234 and 12.5% and 15/12/2024). The column's
 * name says what a number is, as the warehouse names columns: {@code year}, {@code *_year} and {@code
 * month} are written without grouping (2025, not 2.025); {@code *_share} and {@code *_ratio} are shares
 * written as percentages, and as signed percentage points when the name starts with {@code delta_}, {@code
 * gap_} or {@code change_}; p- and q-values get four decimals; other numbers get grouping and at most two decimals.
 */
public final class CellValues {
    private static final String MISSING = "–";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Texts texts;
    private final DecimalFormatSymbols symbols;

    public CellValues(Texts texts) {
        this.texts = texts;
        boolean vietnamese = texts.language().equals("vi");
        DecimalFormatSymbols made = DecimalFormatSymbols.getInstance(Locale.ROOT);
        made.setGroupingSeparator(vietnamese ? '.' : ',');
        made.setDecimalSeparator(vietnamese ? ',' : '.');
        made.setMinusSign('−');
        this.symbols = made;
    }

    /** Whether a column of this name holds shares (0..1) shown as percentages. */
    public static boolean isShare(String column) {
        String name = column.toLowerCase(Locale.ROOT);
        return name.endsWith("_share") || name.endsWith("_ratio") || name.equals("share") || name.equals("ratio");
    }

    /** Whether a column of this name holds a p- or q-value (written with four decimals, small ones as "< 0,0001"). */
    public static boolean isProbability(String column) {
        String name = column.toLowerCase(Locale.ROOT);
        return name.equals("p_value") || name.equals("q_value") || name.endsWith("_p_value");
    }

    /** Whether a column of this name holds a difference of shares (written in signed percentage points). */
    public static boolean isDifference(String column) {
        String name = column.toLowerCase(Locale.ROOT);
        return name.startsWith("delta_") || name.startsWith("gap_") || name.startsWith("change_");
    }

    /** Whether a column of this name holds years or months, written as plain digits. */
    public static boolean isCalendar(String column) {
        String name = column.toLowerCase(Locale.ROOT);
        return name.equals("year") || name.endsWith("_year") || name.equals("month") || name.endsWith("_month");
    }

    public String format(String column, Object value) {
        if (value == null) {
            return MISSING;
        }
        if (value instanceof Number number) {
            return number(column, number);
        }
        if (value instanceof Boolean yes) {
            return texts.t(yes ? "notebook.yes" : "notebook.no");
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof LocalDateTime dateTime) {
            return DATE_TIME.format(dateTime);
        }
        return value.toString();
    }

    private String number(String column, Number number) {
        if (isCalendar(column) && isWhole(number)) {
            return new BigDecimal(number.toString()).toBigInteger().toString();
        }
        if (isProbability(column)) {
            double value = number.doubleValue();
            return value > 0 && value < 0.0001
                    ? "< " + decimal("0.0000").format(0.0001)
                    : decimal("0.####").format(value);
        }
        if (isShare(column) && isDifference(column)) {
            return texts.points(number);
        }
        if (isShare(column)) {
            String digits = decimal("0.0").format(clean(number.doubleValue() * 100, 0.05));
            return digits + "%";
        }
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return MISSING;
            }
            return decimal("#,##0.##").format(clean(value, 0.005));
        }
        if (number instanceof BigDecimal decimal) {
            return decimal("#,##0.##").format(clean(decimal.doubleValue(), 0.005));
        }
        return decimal("#,##0").format(number);
    }

    /** No "−0": what rounds to nothing at the digits shown is 0. */
    private static double clean(double value, double half) {
        return Math.abs(value) < half ? 0.0 : value;
    }

    private static boolean isWhole(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().scale() <= 0;
        }
        if (number instanceof Double || number instanceof Float) {
            return number.doubleValue() == Math.rint(number.doubleValue());
        }
        return number instanceof Long
                || number instanceof Integer
                || number instanceof Short
                || number instanceof Byte
                || number instanceof BigInteger;
    }

    private DecimalFormat decimal(String pattern) {
        return new DecimalFormat(pattern, symbols);
    }
}
