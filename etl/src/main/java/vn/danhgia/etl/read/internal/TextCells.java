package vn.danhgia.etl.read.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Rows of cells that are only text (a csv line, an HTML or Word table): each cell cleaned, and marked as a
 * number or a date when its text reads like one, since such a format keeps no cell types.
 */
final class TextCells {
    private static final Pattern TYPED = Pattern.compile(
            "[-+]?\\d+([.,]\\d+)?%?|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{4}");

    private TextCells() {}

    /** Whether a cleaned cell text reads like a number, a percentage, a date or a month. */
    static boolean looksTyped(String text) {
        return TYPED.matcher(text).matches();
    }

    /** A row of cleaned texts; at most {@link Columns#MAX} columns are kept. */
    static TableRow row(int number, List<String> texts) {
        int width = Math.min(texts.size(), Columns.MAX);
        String[] values = new String[width];
        boolean[] typed = new boolean[width];
        for (int column = 0; column < width; column++) {
            String text = texts.get(column);
            values[column] = text == null ? "" : HeaderText.clean(text.replace('\u00A0', ' '));
            typed[column] = looksTyped(values[column]);
        }
        return new TableRow(number, values, typed);
    }
}
