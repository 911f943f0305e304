package vn.danhgia.etl.read.internal;

import java.util.Arrays;

/**
 * One row of a sheet or text table as cleaned text: the 1-based row number the user sees, the cell texts
 * by 0-based column (empty string for an empty cell), and which cells held a number or a date rather than
 * text (header rows never do).
 */
public final class TableRow {
    private final int number;
    private final String[] values;
    private final boolean[] typed;

    public TableRow(int number, String[] values, boolean[] typed) {
        if (number < 1) {
            throw new IllegalArgumentException("Row numbers start at 1: " + number);
        }
        if (values.length != typed.length) {
            throw new IllegalArgumentException("values and typed differ in length");
        }
        this.number = number;
        this.values = values.clone();
        this.typed = typed.clone();
    }

    public int number() {
        return number;
    }

    /** Number of columns up to the last one present (filled or not). */
    public int width() {
        return values.length;
    }

    /** The cleaned text of a column, empty when the cell is empty or beyond the row. */
    public String value(int column) {
        return column < values.length ? values[column] : "";
    }

    /** Whether the cell held a number or a date (not text). */
    public boolean isTyped(int column) {
        return column < typed.length && typed[column];
    }

    public boolean isBlank() {
        return filledCount() == 0;
    }

    public int filledCount() {
        int count = 0;
        for (String value : values) {
            if (!value.isEmpty()) {
                count++;
            }
        }
        return count;
    }

    /** Whether any filled cell is a number or date. */
    public boolean hasTypedCell() {
        for (int column = 0; column < values.length; column++) {
            if (typed[column] && !values[column].isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The first filled cell's column, or -1. */
    public int firstFilledColumn() {
        for (int column = 0; column < values.length; column++) {
            if (!values[column].isEmpty()) {
                return column;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return number + Arrays.toString(values);
    }
}
