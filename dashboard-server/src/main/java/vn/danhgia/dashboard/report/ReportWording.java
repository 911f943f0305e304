package vn.danhgia.dashboard.report;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.dashboard.query.Labels;
import vn.danhgia.dashboard.web.Texts;

/**
 * What a report says, in its reader's language: its own sentences (bundle
 * {@code vn.danhgia.dashboard.report.content(_en).properties}), the names of codes as the dashboard words
 * them ({@link Labels}) and numbers, shares and dates as the dashboard writes them ({@link Texts}).
 */
final class ReportWording {
    static final Messages MESSAGES = Messages.of("vn.danhgia.dashboard.report.content");

    private final Locale locale;
    private final Labels labels;
    private final Texts texts;

    ReportWording(Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        this.locale = english ? Locale.ENGLISH : Messages.VIETNAMESE;
        this.labels = Labels.of(this.locale);
        this.texts = english ? Texts.ENGLISH : Texts.VIETNAMESE;
    }

    /** A message of the report's bundle in {@code locale} (Vietnamese unless English). */
    static String message(Locale locale, String key, Object... arguments) {
        return new ReportWording(locale).t(key, arguments);
    }

    Locale locale() {
        return locale;
    }

    /** A message of the bundle, always through {@link MessageFormat} (so a quote is {@code ''} in every pattern). */
    String t(String key, Object... arguments) {
        return new MessageFormat(MESSAGES.format(locale, key), locale).format(arguments);
    }

    String level(String code) {
        return labels.level(code);
    }

    String unitType(String code) {
        return labels.unitType(code);
    }

    String detector(String name) {
        return labels.detector(name);
    }

    String severity(String code) {
        return labels.severity(code);
    }

    String category(String code) {
        return labels.category(code);
    }

    String shortcomingStatus(String code) {
        return labels.shortcomingStatus(code);
    }

    String number(Number value) {
        return texts.number(value);
    }

    String percent(Optional<BigDecimal> share) {
        return texts.percent(share.orElse(null));
    }

    /** A change of share in percentage points, signed, or a dash when one side has none. */
    String points(Optional<BigDecimal> delta) {
        return delta.map(texts::points).orElse("–");
    }

    String date(LocalDate date) {
        return texts.date(date);
    }

    String date(Optional<LocalDate> date) {
        return texts.date(date.orElse(null));
    }
}
