package vn.danhgia.etl.read.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lays out the cells of an HTML table row by row into a grid, honouring colspan and rowspan: each cell
 * takes the next column of its row not covered by a cell above that spans down; its text goes to its
 * top-left position, the other positions it covers stay empty (as in an Excel merge).
 */
final class SpanGrid {
    /** A rowspan beyond this is treated as reaching to the end of the table (some exports write 1000). */
    private static final int MAX_ROWSPAN = 65_536;

    private final List<List<String>> rows = new ArrayList<>();
    private final Set<Long> covered = new HashSet<>();
    private int row = -1;
    private int column;

    /** Starts the next row of the table. */
    void startRow() {
        row++;
        column = 0;
        rows.add(new ArrayList<>());
    }

    /** Places a cell of the current row. A span below 1 (HTML's rowspan=0, junk) counts as 1. */
    void cell(String text, int colspan, int rowspan) {
        if (row < 0) {
            startRow();
        }
        while (covered.contains(key(row, column))) {
            column++;
        }
        int width = Math.max(1, Math.min(colspan, Columns.MAX));
        int height = Math.max(1, Math.min(rowspan, MAX_ROWSPAN));
        put(column, text);
        for (int down = 0; down < height; down++) {
            for (int across = 0; across < width; across++) {
                if (down > 0 || across > 0) {
                    covered.add(key(row + down, column + across));
                    if (down == 0) {
                        put(column + across, "");
                    }
                }
            }
        }
        column += width;
    }

    /** The grid's rows; a row covered only by spans from above has its width from those spans. */
    List<List<String>> rows() {
        return rows;
    }

    private void put(int at, String text) {
        if (at >= Columns.MAX) {
            return;
        }
        List<String> cells = rows.get(row);
        while (cells.size() <= at) {
            cells.add("");
        }
        cells.set(at, text);
    }

    private static long key(int rowIndex, int columnIndex) {
        return ((long) rowIndex << 32) | columnIndex;
    }
}
