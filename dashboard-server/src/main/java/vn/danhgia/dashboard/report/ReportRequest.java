package vn.danhgia.dashboard.report;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a year-over-year report is about: the report year, the year it is compared with (the year before
 * unless given), one grassroots organization or the whole district, the restatement and the reader's
 * language. Whether the years and the unit exist is checked against the warehouse by {@link ReportBuilder}.
 */
public record ReportRequest(
        int year, OptionalInt compareYear, Optional<String> unitCode, Restatement restatement, Locale locale) {
    public ReportRequest {
        Objects.requireNonNull(compareYear, "compareYear");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(restatement, "restatement");
        Objects.requireNonNull(locale, "locale");
        unitCode = unitCode.map(String::strip).filter(code -> !code.isEmpty());
    }

    /** The whole district, compared with the year before, restated in today's units. */
    public static ReportRequest district(int year, Locale locale) {
        return new ReportRequest(year, OptionalInt.empty(), Optional.empty(), Restatement.AS_IS, locale);
    }

    /** The year compared with: the one given, else the year before. */
    public int baseYear() {
        return compareYear.orElse(year - 1);
    }

    /** Vietnamese unless the locale is English. */
    public boolean english() {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
