package vn.danhgia.etl.read.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The tables of a document (an HTML page, a Word file) held in memory, one "sheet" per table, named by
 * its 1-based index ('1', '2', ...: a name the unit logic treats as generic). Each table's rows start
 * with the lines of text written before it (its title block: 'ĐẢNG ỦY XÃ ...', 'DANH SÁCH ... NĂM 2024'),
 * one line per row from the first column (tab-separated parts in the next columns), then the table's rows: numbered as Excel shows the page when it
 * opens it, title lines first. A merged cell keeps its text in its top-left position and leaves the others
 * empty, as an Excel merge does, so the header logic reads both alike.
 */
final class GridSource implements TableSource {
    /** One table: the title lines before it, then its grid of cell texts (rows of columns). */
    record Table(List<String> titleLines, List<List<String>> grid) {
        Table {
            titleLines = List.copyOf(titleLines);
            grid = grid.stream().map(List::copyOf).toList();
        }
    }

    private final List<Table> tables;
    private final List<Optional<String>> names;

    GridSource(List<Table> tables) {
        this.tables = List.copyOf(tables);
        List<Optional<String>> tableNames = new ArrayList<>();
        for (int index = 0; index < tables.size(); index++) {
            tableNames.add(Optional.of(String.valueOf(index + 1)));
        }
        this.names = List.copyOf(tableNames);
    }

    @Override
    public List<Optional<String>> sheetNames() {
        return names;
    }

    @Override
    public Iterator<TableRow> rows(int sheet) {
        return rowsOf(tables.get(sheet)).iterator();
    }

    static List<TableRow> rowsOf(Table table) {
        List<TableRow> rows = new ArrayList<>();
        int number = 0;
        for (String line : table.titleLines()) {
            // a tab parts a Word title line as cells part a sheet's ('ĐẢNG BỘ HUYỆN X<tab>ĐẢNG CỘNG SẢN VIỆT NAM')
            rows.add(TextCells.row(++number, List.of(line.split("\t+"))));
        }
        for (List<String> cells : table.grid()) {
            rows.add(TextCells.row(++number, cells));
        }
        return rows;
    }

    @Override
    public void close() {
        // nothing held: the tables are in memory
    }
}
