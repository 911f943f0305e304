package vn.danhgia.dashboard.export;

/**
 * Neutralizes spreadsheet formula injection (CSV injection) in text cells. A spreadsheet program reads a
 * cell that begins with {@code =}, {@code +}, {@code -} or {@code @} as a formula, and a leading tab or
 * carriage return can hide such a start ({@code "\t=HYPERLINK(...)"}); text taken from uploaded files
 * (unit names, shortcoming descriptions) must never run as a formula on a leader's computer.
 *
 * <p>The choice, after OWASP's "CSV Injection" guidance: such a cell is prefixed with a single quote
 * ({@code '}). Excel and LibreOffice show a leading quote as "this is text" and most readers see the
 * original value right after it; nothing else in the cell is changed, so the text stays readable and
 * searchable. Numbers are not text: exports write them as numbers (a numeric cell in XLSX, digits in
 * CSV), so {@code -5} stays the number -5 and never goes through here.
 */
public final class SpreadsheetSafety {
    /** The prefix put before a dangerous cell. */
    public static final char PREFIX = '\'';

    private SpreadsheetSafety() {}

    /** The text as a safe cell: unchanged unless it begins with = + - @ tab or carriage return. */
    public static String neutralize(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        return isDangerous(text.charAt(0)) ? PREFIX + text : text;
    }

    /** Whether a cell beginning with {@code first} could be read as a formula. */
    public static boolean isDangerous(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
