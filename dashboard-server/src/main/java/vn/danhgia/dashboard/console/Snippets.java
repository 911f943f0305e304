package vn.danhgia.dashboard.console;

/** Short one-line forms of SQL texts, for lists and the audit log. */
final class Snippets {
    private Snippets() {}

    /** The text on one line (runs of white space as one space), cut to {@code max} characters with an ellipsis. */
    static String summary(String sql, int max) {
        String line = sql.strip().replaceAll("\\s+", " ");
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }
}
