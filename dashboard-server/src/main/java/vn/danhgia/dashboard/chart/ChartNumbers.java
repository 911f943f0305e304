package vn.danhgia.dashboard.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Number formats of charts and their tables. In Vietnamese: "1.234" and "12,5" (thousands "." and
 * decimals ","), percentages "12,5 %"; in English "1,234", "12.5" and "12.5%". {@link NumberFormat}
 * is not thread-safe, so every call returns a new one.
 */
final class ChartNumbers {
    private final Locale locale;

    ChartNumbers(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    private boolean isVietnamese() {
        return locale.getLanguage().equals("vi");
    }

    private DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(isVietnamese() ? Locale.ROOT : locale);
        if (isVietnamese()) {
            symbols.setGroupingSeparator('.');
            symbols.setDecimalSeparator(',');
        }
        return symbols;
    }

    /** Counts and measures: up to two decimals, e.g. "1.234" or "82,35". */
    NumberFormat numberFormat() {
        return new DecimalFormat("#,##0.##", symbols());
    }

    /** Shares given as fractions: 0.125 is "12,5 %". */
    NumberFormat percentFormat() {
        return new DecimalFormat("#,##0.#%", symbols());
    }

    String number(double value) {
        return numberFormat().format(value);
    }

    String percent(double share) {
        return percentFormat().format(share);
    }
}
