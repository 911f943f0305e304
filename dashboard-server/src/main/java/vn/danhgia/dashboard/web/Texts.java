package vn.danhgia.dashboard.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import vn.danhgia.core.i18n.Messages;

/**
 * What a page says, in one user's language: the dashboard's messages and the way numbers, shares and
 * dates are written (Vietnamese: 1.234 and 12,5 % and 15/12/2024; English: 1,234 and 12.5% and
 * 15/12/2024, the day first as the documents do).
 */
public final class Texts {
    public static final Texts VIETNAMESE = new Texts(Messages.VIETNAMESE);
    public static final Texts ENGLISH = new Texts(Locale.ENGLISH);

    private static final Messages MESSAGES = Messages.of("vn.danhgia.dashboard.web.messages");

    /** Each page's own texts (vn/danhgia/dashboard/page/NAME.properties), looked up after the common ones. */
    private static final List<Messages> PAGE_MESSAGES = Stream.concat(
                    Stream.of("findings", "unit", "remediation", "compare", "data", "admin", "console", "notebook")
                            .map(name -> "vn.danhgia.dashboard.page." + name),
                    // the read side's names of codes (detectors, categories) are the pages' too: one wording
                    Stream.of("vn.danhgia.dashboard.query.messages"))
            .filter(Texts::bundleExists)
            .map(Messages::of)
            .toList();

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Locale locale;
    private final DecimalFormatSymbols symbols;

    private Texts(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        boolean vietnamese = !locale.equals(Locale.ENGLISH);
        DecimalFormatSymbols made = DecimalFormatSymbols.getInstance(Locale.ROOT);
        made.setGroupingSeparator(vietnamese ? '.' : ',');
        made.setDecimalSeparator(vietnamese ? ',' : '.');
        this.symbols = made; // never changed after this: each DecimalFormat takes its own copy
    }

    /** The texts of a language code as stored with an account ('vi', 'en'); Vietnamese for anything else. */
    public static Texts of(String language) {
        return "en".equals(language) ? ENGLISH : VIETNAMESE;
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.equals(Locale.ENGLISH) ? "en" : "vi";
    }

    /** A message of the dashboard's bundle. */
    public String t(String key, Object... arguments) {
        if (MESSAGES.has(key)) {
            return MESSAGES.format(locale, key, arguments);
        }
        for (Messages page : PAGE_MESSAGES) {
            if (page.has(key)) {
                return page.format(locale, key, arguments);
            }
        }
        throw new IllegalStateException("Missing message '" + key + "' in the dashboard's bundles");
    }

    /** Whether some bundle has the key. */
    public boolean has(String key) {
        return MESSAGES.has(key) || PAGE_MESSAGES.stream().anyMatch(page -> page.has(key));
    }

    private static boolean bundleExists(String bundle) {
        return Texts.class.getClassLoader().getResource(bundle.replace('.', '/') + ".properties") != null;
    }

    /** A message when the bundle has it, else the key itself (codes that carry no translation). */
    public String label(String prefix, String code) {
        String key = prefix + "." + code;
        return has(key) ? t(key) : code;
    }

    public String number(long value) {
        return decimal("#,##0").format(value);
    }

    public String number(Number value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof BigDecimal decimal
                && decimal.scale() > 0
                && decimal.stripTrailingZeros().scale() > 0) {
            return decimal("#,##0.0").format(decimal);
        }
        return decimal("#,##0").format(value);
    }

    /** A share (0..1) as a percent with one decimal. */
    public String percent(Number share) {
        if (share == null) {
            return "–";
        }
        String digits = decimal("0.0").format(share.doubleValue() * 100);
        return digits + "%";
    }

    /** A change of share (-1..1) in percentage points, signed. */
    public String points(Number delta) {
        if (delta == null) {
            return "–";
        }
        double value = Math.round(delta.doubleValue() * 1000) / 10.0; // the tenth of a point it is shown to
        String digits = decimal("0.0").format(Math.abs(value));
        String sign = value > 0 ? "+" : value < 0 ? "−" : "±";
        return sign + digits + " " + t("unit.points");
    }

    /** A signed count difference. */
    public String signed(Number delta) {
        if (delta == null) {
            return "–";
        }
        double value = delta.doubleValue();
        String digits = number(delta instanceof BigDecimal d ? d.abs() : (Number) Math.abs(value));
        return value > 0 ? "+" + digits : value < 0 ? "−" + digits : "0";
    }

    public String date(LocalDate date) {
        return date == null ? "–" : DATE.format(date);
    }

    public String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "–" : DATE_TIME.format(dateTime);
    }

    private DecimalFormat decimal(String pattern) {
        return new DecimalFormat(pattern, symbols);
    }
}
