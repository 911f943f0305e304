package vn.danhgia.etl.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Small workbooks written by the tests themselves, so no binary fixture is committed. Cell values:
 * String, Number, LocalDate (a date cell), {@link Formula}, {@link Formatted} (a number with a display
 * format); null leaves the cell empty.
 */
final class Fixtures {
    private Fixtures() {}

    record Formula(String expression) {}

    record Formatted(double value, String format) {}

    /** Rows of a sheet: each row a list of cell values from column A; a null row is left blank. */
    static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    static Map<String, List<List<Object>>> sheet(String name, List<List<Object>> rows) {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put(name, rows);
        return sheets;
    }

    static Path xlsx(Path file, Map<String, List<List<Object>>> sheets) throws IOException {
        return write(new XSSFWorkbook(), file, sheets);
    }

    static Path xls(Path file, Map<String, List<List<Object>>> sheets) throws IOException {
        return write(new HSSFWorkbook(), file, sheets);
    }

    private static Path write(Workbook workbook, Path file, Map<String, List<List<Object>>> sheets) throws IOException {
        try (workbook) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            for (var entry : sheets.entrySet()) {
                Sheet sheet = workbook.createSheet(entry.getKey());
                List<List<Object>> rows = entry.getValue();
                for (int index = 0; index < rows.size(); index++) {
                    List<Object> values = rows.get(index);
                    if (values == null) {
                        continue;
                    }
                    Row row = sheet.createRow(index);
                    for (int column = 0; column < values.size(); column++) {
                        Object value = values.get(column);
                        if (value != null) {
                            set(workbook, row.createCell(column), value, date);
                        }
                    }
                }
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static void set(Workbook workbook, Cell cell, Object value, CellStyle date) {
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else if (value instanceof Formula formula) {
            cell.setCellFormula(formula.expression());
        } else if (value instanceof Formatted formatted) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(formatted.format()));
            cell.setCellValue(formatted.value());
            cell.setCellStyle(style);
        } else {
            throw new IllegalArgumentException("Unsupported fixture value " + value);
        }
    }

    /** A member list as a unit would send it: title block, header at row 6, data from row 7. */
    static List<List<Object>> memberList(String unitLine, String cellLine, List<List<Object>> data) {
        List<List<Object>> rows = new java.util.ArrayList<>();
        rows.add(row("ĐẢNG BỘ HUYỆN THẠCH THẤT"));
        rows.add(row(unitLine));
        rows.add(cellLine == null ? null : row(cellLine));
        rows.add(row("DANH SÁCH XẾP LOẠI ĐẢNG VIÊN NĂM 2022"));
        rows.add(null);
        rows.add(row("STT", "Họ và tên", "Năm sinh", "Tự xếp loại", "Đảng ủy quyết định", "Ghi chú"));
        rows.addAll(data);
        return rows;
    }
}
