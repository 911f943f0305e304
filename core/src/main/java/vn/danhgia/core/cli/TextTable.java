package vn.danhgia.core.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.IntPredicate;

/** A table printed in aligned columns for a terminal: the first row is the header. */
public final class TextTable {
    private TextTable() {}

    /** Prints {@code rows}, padding every column to its widest cell; {@code rightAligned} picks numeric columns. */
    public static void print(List<String[]> rows, IntPredicate rightAligned, PrintWriter out) {
        if (rows.isEmpty()) {
            return;
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int column = 0; column < row.length; column++) {
                widths[column] = Math.max(widths[column], row[column].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < row.length; column++) {
                String padding = " ".repeat(widths[column] - row[column].length());
                line.append(rightAligned.test(column) ? padding + row[column] : row[column] + padding)
                        .append("  ");
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
