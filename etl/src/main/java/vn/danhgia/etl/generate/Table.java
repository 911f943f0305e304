package vn.danhgia.etl.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.danhgia.core.level.RatingLevel;

/**
 * One output file before rendering: title rows, a one- or two-row header (merged groups), an optional
 * numbering row, one or more sheets of data rows, and footer rows (totals, signature).
 */
final class Table {
    static final class Sheet {
        final String name;
        final List<Object[]> rows = new ArrayList<>();
        /** Data row index → bad-row reason. */
        final Map<Integer, String> badRows = new LinkedHashMap<>();
        /** In a workbook of one sheet per cell, the title line naming this sheet's cell (else null). */
        String cellTitle;
        /** Indexes of rows that are cell-group rows, not members. */
        final List<Integer> groupRows = new ArrayList<>();

        Sheet(String name) {
            this.name = name;
        }
    }

    final String kind;
    final int year;
    final String unitCode;
    String baseName;
    final List<Object[]> titleRows = new ArrayList<>();
    Object[] header;
    /** Second header row for merged groups (null entries: the upper cell spans both rows). */
    Object[] subHeader;

    boolean numberingRow;
    final List<Sheet> sheets = new ArrayList<>();
    final List<Object[]> footerRows = new ArrayList<>();
    final List<String> variations = new ArrayList<>();

    Table(String kind, int year, String unitCode, String baseName) {
        this.kind = kind;
        this.year = year;
        this.unitCode = unitCode;
        this.baseName = baseName;
    }

    Sheet sheet(String name) {
        Sheet sheet = new Sheet(name);
        sheets.add(sheet);
        return sheet;
    }

    /**
     * The label of each column as a flat CSV header: the sub-header where there is one. A count/share
     * pair under a level ("SL", "%") becomes "Số HTXSNV" and "Tỷ lệ HTXSNV", as a one-row form writes it.
     */
    String[] flatHeader() {
        String[] labels = new String[header.length];
        String group = "";
        for (int i = 0; i < header.length; i++) {
            if (header[i] != null) {
                group = header[i].toString();
            }
            Object sub = subHeader == null ? null : subHeader[i];
            String code = levelCode(group);
            if (sub != null && code != null && "SL".equals(sub.toString())) {
                labels[i] = "Số " + code;
            } else if (sub != null && code != null && "%".equals(sub.toString())) {
                labels[i] = "Tỷ lệ " + code;
            } else {
                labels[i] = sub != null ? sub.toString() : header[i] == null ? "" : header[i].toString();
            }
        }
        return labels;
    }

    private static String levelCode(String name) {
        for (RatingLevel level : RatingLevel.values()) {
            if (level.vietnameseName().equalsIgnoreCase(name) || level.code().equalsIgnoreCase(name)) {
                return level.code();
            }
        }
        return null;
    }

    int dataRows() {
        return sheets.stream().mapToInt(s -> s.rows.size() - s.groupRows.size()).sum();
    }
}
