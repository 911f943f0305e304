package vn.danhgia.dashboard.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import vn.danhgia.dashboard.report.model.ColumnKind;

/**
 * The report's numbers as the reader writes them. In Vietnamese the thousands are separated by "." and the
 * decimals by ",": "1.234", "12,5" and "12,5%"; in English "1,234", "12.5" and "12.5%". A missing value is an
 * en dash. {@link DecimalFormat} is not thread-safe, so each instance is used by one writer at a time.
 */
public final class ReportNumbers {
    /** What an empty cell shows. */
    public static final String MISSING = "–";

    private final DecimalFormat integer;
    private final DecimalFormat decimal;
    private final DecimalFormat percent;

    public ReportNumbers(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        if (locale.getLanguage().equals("vi")) {
            symbols.setGroupingSeparator('.');
            symbols.setDecimalSeparator(',');
        }
        symbols.setMinusSign('-');
        this.integer = new DecimalFormat("#,##0", symbols);
        this.decimal = new DecimalFormat("#,##0.##", symbols);
        this.percent = new DecimalFormat("#,##0.0%", symbols);
    }

    /** A value of a column of {@code kind} as text: numbers formatted, text unchanged, null as {@link #MISSING}. */
    public String format(ColumnKind kind, Object value) {
        if (value == null) {
            return MISSING;
        }
        if (value instanceof String text) {
            return text;
        }
        Number number = (Number) value;
        return switch (kind) {
            case INTEGER -> integer.format(number instanceof BigDecimal exact ? exact : number.longValue());
            case DECIMAL -> decimal.format(number);
            case PERCENT -> percent.format(number);
            case TEXT -> String.valueOf(value);
        };
    }
}
