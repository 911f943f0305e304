package vn.danhgia.dashboard.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.dashboard.report.model.TitleBlock;

/** The words the report's writers add around the model's own texts, in the report's language. */
public final class ReportTexts {
    private static final Messages MESSAGES = Messages.of("vn.danhgia.dashboard.report.messages");

    private final Locale locale;

    public ReportTexts(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** A text of the report's bundle. */
    public String text(String key, Object... arguments) {
        return MESSAGES.format(locale, key, arguments);
    }

    /** The place and date line: "Thạch Thất, ngày 07 tháng 12 năm 2026" (days and months on two digits). */
    public String placeAndDate(TitleBlock title) {
        String date = date(title.date());
        return title.place().isBlank() ? date : title.place() + ", " + date;
    }

    /** The date as written in the document. */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(text("report.datePattern"), locale).format(date);
    }

    /** The page footer: "Trang 3/12". */
    public String page(int page, int pages) {
        return text("report.page", Integer.toString(page), Integer.toString(pages));
    }

    /** The number of a section: I, II, III, … (up to 3999). */
    public static String roman(int number) {
        if (number < 1 || number > 3999) {
            throw new IllegalArgumentException("A section number is between 1 and 3999, not " + number);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] letters = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder text = new StringBuilder();
        int rest = number;
        for (int index = 0; index < values.length; index++) {
            while (rest >= values[index]) {
                text.append(letters[index]);
                rest -= values[index];
            }
        }
        return text.toString();
    }
}
