package vn.danhgia.etl.read;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.danhgia.core.form.InputKind;

/**
 * How a file is understood before its rows are read: its kind, its year and unit and where each was
 * found, the saved mapping profile applied (if any), and for each sheet read its header rows and what
 * each column binds. Given to {@link RawRowSink#understood} before the first row; {@code danhgia inspect}
 * prints it.
 */
public record FileUnderstanding(
        String sourceFile,
        InputKind kind,
        Optional<Integer> year,
        Optional<FoundIn> yearFoundIn,
        Optional<String> unit,
        Optional<FoundIn> unitFoundIn,
        Optional<String> profile,
        List<SheetHeader> sheets,
        List<String> skippedSheets) {

    public FileUnderstanding {
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(yearFoundIn, "yearFoundIn");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitFoundIn, "unitFoundIn");
        Objects.requireNonNull(profile, "profile");
        sheets = List.copyOf(sheets);
        skippedSheets = List.copyOf(skippedSheets);
    }

    /** The header of one sheet: its rows (1-based first row, cells as written) and its columns. */
    public record SheetHeader(
            Optional<String> sheet, int firstRow, List<List<String>> rows, int numberingRow, List<Column> columns) {
        public SheetHeader {
            Objects.requireNonNull(sheet, "sheet");
            rows = rows.stream().map(List::copyOf).toList();
            columns = List.copyOf(columns);
        }
    }

    /**
     * One bound column: 0-based index, header as read, field, what bound it ({@code synonym}, {@code
     * meaning}, {@code profile}) and its score (1 for a synonym or profile), and for a mark column its level.
     */
    public record Column(
            int column, String header, String field, String boundBy, double score, Optional<String> markLevel) {
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(boundBy, "boundBy");
            Objects.requireNonNull(markLevel, "markLevel");
        }
    }
}
