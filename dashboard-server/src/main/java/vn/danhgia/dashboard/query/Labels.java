package vn.danhgia.dashboard.query;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import vn.danhgia.core.i18n.Messages;

/**
 * The one place where codes become words: level codes to their Vietnamese (or English) names, unit
 * types, statuses, categories, severities, detectors, and the labels of the detectors' evidence, from
 * the bundle {@code vn/danhgia/dashboard/query/messages(_en).properties}; numbers, shares and dates
 * formatted for the language.
 */
public final class Labels {
    public static final String BUNDLE = "vn.danhgia.dashboard.query.messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Labels(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    /** Labels in {@code locale}: English for an English locale, else Vietnamese. */
    public static Labels of(Locale locale) {
        return new Labels(
                Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Messages.VIETNAMESE);
    }

    /** Labels in the process's language ({@link Messages#locale()}). */
    public static Labels current() {
        return of(Messages.locale());
    }

    public Locale locale() {
        return locale;
    }

    /** The text of a key, empty when the bundle lacks it. */
    public Optional<String> find(String key) {
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /** The text of a key that must exist. */
    public String text(String key, Object... arguments) {
        String pattern =
                find(key).orElseThrow(() -> new IllegalStateException("Missing message '" + key + "' in " + BUNDLE));
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** A level code's name: {@code HTXSNV} is "Hoàn thành xuất sắc nhiệm vụ". */
    public String level(String code) {
        return code("level", code);
    }

    /** A member status code's name ({@code rated}, {@code exempt}, ...). */
    public String status(String code) {
        return code("status", code);
    }

    public String unitType(String code) {
        return code("code.unitType", code);
    }

    public String shortcomingStatus(String code) {
        return code("code.shortcomingStatus", code);
    }

    public String category(String code) {
        return code("code.category", code);
    }

    public String severity(String code) {
        return code("code.severity", code);
    }

    public String changeKind(String code) {
        return code("code.changeKind", code);
    }

    public String view(String code) {
        return code("code.view", code);
    }

    /** A detector's title. */
    public String detector(String name) {
        return code("detector", name);
    }

    /** The name of {@code code} in a group of codes ({@code code.unitType}, ...); an unknown code stays as it is. */
    public String code(String group, String code) {
        return code == null ? text("value.missing") : find(group + "." + code).orElse(code);
    }

    public String count(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A number with at most two decimals ({@code 5,6} in Vietnamese). */
    public String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A fraction 0..1 as a percent with one decimal ({@code 41,7%}). */
    public String percent(double fraction) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(fraction * 100) + "%";
    }

    public String percent(BigDecimal fraction) {
        return percent(fraction.doubleValue());
    }

    /** A probability: three decimals, or "under 0.001" for smaller ones. */
    public String probability(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(3);
        return value < 0.001 ? text("value.lessThan", format.format(0.001)) : format.format(value);
    }

    /** A date as written in Vietnam: {@code 15/12/2024}. */
    public String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    public String bool(boolean value) {
        return text(value ? "value.true" : "value.false");
    }
}
