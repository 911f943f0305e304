package vn.danhgia.core.unit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.danhgia.core.text.VietnameseText;

/**
 * Reads a unit registry workbook (first sheet, header in row 1) into {@link RegistryRow}s, the way the
 * ETL's reader will: columns found by their header text, every cell as the text Excel shows.
 */
final class RegistryWorkbook {
    private static final List<String> HEADERS = List.of(
            "Mã đơn vị",
            "Tên tổ chức đảng",
            "Loại hình",
            "Cấp",
            "Trực thuộc",
            "Hiệu lực từ",
            "Hiệu lực đến",
            "Sáp nhập / chuyển thành",
            "Ghi chú");

    private RegistryWorkbook() {}

    record Contents(String sheetName, List<RegistryRow> rows) {}

    static Contents read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Map<String, Integer> columns = columns(sheet.getRow(0), formatter);
            List<RegistryRow> rows = new ArrayList<>();
            for (int index = 1; index <= sheet.getLastRowNum(); index++) {
                Row row = sheet.getRow(index);
                if (row == null
                        || text(row, columns.get(HEADERS.get(0)), formatter).isBlank()) {
                    continue;
                }
                List<String> cells = HEADERS.stream()
                        .map(header -> text(row, columns.get(header), formatter))
                        .toList();
                rows.add(new RegistryRow(
                        index + 1,
                        cells.get(0),
                        cells.get(1),
                        cells.get(2),
                        cells.get(3),
                        cells.get(4),
                        cells.get(5),
                        cells.get(6),
                        cells.get(7),
                        cells.get(8)));
            }
            return new Contents(sheet.getSheetName(), List.copyOf(rows));
        }
    }

    private static Map<String, Integer> columns(Row header, DataFormatter formatter) {
        Map<String, Integer> byFoldedHeader = new HashMap<>();
        for (Cell cell : header) {
            byFoldedHeader.put(VietnameseText.fold(formatter.formatCellValue(cell)), cell.getColumnIndex());
        }
        Map<String, Integer> columns = new HashMap<>();
        for (String name : HEADERS) {
            Integer column = byFoldedHeader.get(VietnameseText.fold(name));
            if (column == null) {
                throw new IllegalStateException("The registry has no column '" + name + "': " + byFoldedHeader);
            }
            columns.put(name, column);
        }
        return columns;
    }

    private static String text(Row row, int column, DataFormatter formatter) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : formatter.formatCellValue(cell);
    }
}
