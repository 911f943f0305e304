package vn.danhgia.dashboard.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.danhgia.core.sandbox.QueryResult;
import vn.danhgia.core.sandbox.ResultColumn;

/**
 * An analyst's query result ({@link QueryResult}) as a table to download: whole numbers stay whole
 * numbers, decimals decimals, dates dates; everything else is its text, neutralized like any text cell.
 */
public final class QueryExports {
    private QueryExports() {}

    public static ExportTable table(String title, QueryResult result) {
        List<ExportTable.Column> columns = new ArrayList<>();
        List<ColumnType> types = new ArrayList<>();
        for (ResultColumn column : result.columns()) {
            ColumnType type = typeOf(column);
            types.add(type);
            columns.add(ExportTable.Column.of(column.name(), type));
        }
        List<List<Object>> rows = new ArrayList<>(result.rowCount());
        for (List<Object> row : result.rows()) {
            List<Object> cells = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                Object value = row.get(i);
                cells.add(value == null || types.get(i).accepts(value) ? value : value.toString());
            }
            rows.add(cells);
        }
        return new ExportTable(title, columns, rows);
    }

    static ColumnType typeOf(ResultColumn column) {
        String type = column.type().toUpperCase(Locale.ROOT);
        if (type.equals("DATE")) {
            return ColumnType.DATE;
        }
        if (!column.numeric()) {
            return ColumnType.TEXT;
        }
        if (type.startsWith("DECIMAL")
                || type.startsWith("NUMERIC")
                || type.equals("DOUBLE")
                || type.equals("FLOAT")
                || type.equals("REAL")
                || type.contains("HUGEINT")
                || type.equals("UBIGINT")) {
            return ColumnType.DECIMAL;
        }
        return ColumnType.INTEGER;
    }
}
