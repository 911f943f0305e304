package vn.danhgia.etl.read.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the top rows of one sheet say: its header, the organization lines of its title block (top to
 * bottom: 'ĐẢNG BỘ HUYỆN ...', 'ĐẢNG ỦY XÃ ...', maybe 'CHI BỘ THÔN ...'), and the year its title names.
 */
public record SheetPlan(
        int sheetIndex,
        Optional<String> sheetName,
        HeaderLayout header,
        List<String> unitLines,
        Optional<Integer> titleYear,
        List<List<String>> headerCells) {

    public SheetPlan {
        Objects.requireNonNull(sheetName, "sheetName");
        Objects.requireNonNull(header, "header");
        unitLines = List.copyOf(unitLines);
        Objects.requireNonNull(titleYear, "titleYear");
        headerCells = headerCells.stream().map(List::copyOf).toList();
    }

    /** Plans a sheet from its top rows, or nothing when no header is recognized there. */
    public static Optional<SheetPlan> of(
            int sheetIndex,
            Optional<String> sheetName,
            List<TableRow> head,
            HeaderDetector detector,
            SynonymTable synonyms) {
        Optional<HeaderLayout> header = detector.detect(head);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        List<String> unitLines = new ArrayList<>();
        Optional<Integer> year = Optional.empty();
        List<List<String>> headerCells = new ArrayList<>();
        for (TableRow row : head) {
            if (row.number() >= header.get().firstRow()
                    && row.number() <= header.get().lastRow()) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < row.width(); column++) {
                    cells.add(row.value(column));
                }
                headerCells.add(cells);
            }
        }
        for (TableRow row : head) {
            if (row.number() >= header.get().firstRow()) {
                break;
            }
            for (int column = 0; column < row.width(); column++) {
                String text = row.value(column);
                if (text.isEmpty() || row.isTyped(column)) {
                    continue;
                }
                String key = HeaderText.key(text);
                if (synonyms.isUnitTitle(key)) {
                    unitLines.add(text);
                }
                if (year.isEmpty()) {
                    year = synonyms.titleYear(key);
                }
            }
        }
        return Optional.of(new SheetPlan(sheetIndex, sheetName, header.get(), unitLines, year, headerCells));
    }
}
