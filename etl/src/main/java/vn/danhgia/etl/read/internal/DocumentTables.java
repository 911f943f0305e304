package vn.danhgia.etl.read.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the tables of a document in reading order, with the lines of text before each: the lines since
 * the previous table (its own title: 'DANH SÁCH ĐẢNG VIÊN XẾP LOẠI NĂM 2024'), and for every table after the
 * first, the document's opening lines too (the issuing organization heads the whole document). A small
 * table (a borderless layout table holding 'ĐẢNG BỘ HUYỆN ... | ĐẢNG CỘNG SẢN VIỆT NAM') is kept as a table
 * and its lines also count as text before the next one.
 */
final class DocumentTables {
    /** Tables with at most this many rows also lend their lines to the next table's title. */
    static final int LAYOUT_TABLE_ROWS = 4;

    private static final int TITLE_LINES = 12;
    private static final int OPENING_LINES = 6;

    private final List<GridSource.Table> tables = new ArrayList<>();
    private final List<String> opening = new ArrayList<>();
    private final List<String> pending = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    /** Adds text to the current line. */
    void text(String text) {
        line.append(text);
    }

    /** Ends the current line (a paragraph, a line break). */
    void endLine() {
        String text = line.toString().replace('\u00A0', ' ').strip();
        line.setLength(0);
        if (!text.isEmpty()) {
            pending.add(text);
            if (tables.isEmpty()) {
                opening.add(text);
            }
        }
    }

    /** Adds a whole line. */
    void line(String text) {
        endLine();
        text(text);
        endLine();
    }

    /** Records a table with the lines before it; the caller then adds a small table's own lines. */
    void table(List<List<String>> grid) {
        endLine();
        List<String> title = new ArrayList<>();
        if (!tables.isEmpty() && !opening.isEmpty()) {
            title.addAll(opening.subList(0, Math.min(OPENING_LINES, opening.size())));
        }
        title.addAll(pending.subList(Math.max(0, pending.size() - TITLE_LINES), pending.size()));
        tables.add(new GridSource.Table(title, grid));
        pending.clear();
    }

    List<GridSource.Table> tables() {
        endLine();
        return List.copyOf(tables);
    }
}
