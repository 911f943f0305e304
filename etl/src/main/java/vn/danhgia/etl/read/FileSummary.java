package vn.danhgia.etl.read;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.danhgia.core.form.InputKind;
import vn.danhgia.core.text.TextEncoding;

/**
 * What reading one file found: its kind, the year and issuing unit it names (empty when the kind does
 * not need them, e.g. a unit registry, or rows carry their own), the sheets read and those skipped for
 * having no recognizable header, the rows delivered, the rows reported as issues, the text encoding of
 * a text file, and the layout.
 */
public record FileSummary(
        String sourceFile,
        InputKind kind,
        Optional<Integer> year,
        Optional<String> unit,
        List<String> sheets,
        List<String> skippedSheets,
        long rowsRead,
        long rowIssues,
        Optional<TextEncoding> encoding,
        Layout layout) {

    public FileSummary {
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(unit, "unit");
        sheets = List.copyOf(sheets);
        skippedSheets = List.copyOf(skippedSheets);
        if (rowsRead < 0 || rowIssues < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(layout, "layout");
    }
}
