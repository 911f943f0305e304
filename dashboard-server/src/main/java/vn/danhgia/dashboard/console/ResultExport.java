package vn.danhgia.dashboard.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.danhgia.core.sandbox.QueryResult;
import vn.danhgia.core.sandbox.ResultColumn;
import vn.danhgia.dashboard.export.ColumnType;
import vn.danhgia.dashboard.export.ExportTable;

/**
 * A query result of the sandbox (the console, {@code danhgia sql}) as a table for the CSV and XLSX exports: numeric columns stay numbers (whole numbers
 * when every value is one), dates stay dates, everything else is text (neutralized against formula
 * injection by the exports).
 */
public final class ResultExport {
    private ResultExport() {}

    public static ExportTable of(String title, QueryResult result) {
        List<ColumnType> types = new ArrayList<>();
        for (int column = 0; column < result.columns().size(); column++) {
            types.add(type(result, column));
        }
        List<ExportTable.Column> columns = new ArrayList<>();
        for (int column = 0; column < types.size(); column++) {
            columns.add(ExportTable.Column.of(result.columns().get(column).name(), types.get(column)));
        }
        List<List<Object>> rows = new ArrayList<>(result.rowCount());
        for (List<Object> row : result.rows()) {
            List<Object> cells = new ArrayList<>(row.size());
            for (int column = 0; column < row.size(); column++) {
                cells.add(cell(types.get(column), row.get(column)));
            }
            rows.add(cells);
        }
        return new ExportTable(title, columns, rows);
    }

    private static ColumnType type(QueryResult result, int column) {
        ResultColumn described = result.columns().get(column);
        boolean numbers = true;
        boolean whole = true;
        boolean dates = true;
        for (List<Object> row : result.rows()) {
            Object value = row.get(column);
            if (value == null) {
                continue;
            }
            if (value instanceof Number number) {
                whole &= value instanceof Long
                        || (number instanceof BigDecimal decimal
                                && decimal.stripTrailingZeros().scale() <= 0
                                && decimal.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0);
                dates = false;
            } else if (value instanceof LocalDate) {
                numbers = false;
            } else {
                numbers = false;
                dates = false;
            }
        }
        if (described.numeric() && numbers) {
            return whole ? ColumnType.INTEGER : ColumnType.DECIMAL;
        }
        if (dates && !numbers) {
            return ColumnType.DATE;
        }
        if (numbers && dates) { // no value at all
            return described.numeric() ? ColumnType.DECIMAL : ColumnType.TEXT;
        }
        return ColumnType.TEXT;
    }

    private static Object cell(ColumnType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case INTEGER -> value instanceof BigDecimal decimal ? decimal.longValueExact() : value;
            case DECIMAL, SHARE, DATE -> value;
            case TEXT -> CellText.of(value);
        };
    }
}
