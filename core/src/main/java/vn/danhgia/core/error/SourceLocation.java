package vn.danhgia.core.error;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import vn.danhgia.core.i18n.Messages;

/**
 * Where a value came from: the file as given by the user, and where known the sheet, the 1-based row
 * as the user sees it in Excel or a text editor, the column header and the raw value.
 */
public record SourceLocation(
        String file, Optional<String> sheet, OptionalInt row, Optional<String> column, Optional<String> value) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
    }

    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty());
    }

    public SourceLocation withSheet(String newSheet) {
        return new SourceLocation(file, Optional.ofNullable(newSheet), row, column, value);
    }

    public SourceLocation withRow(int newRow) {
        return new SourceLocation(file, sheet, OptionalInt.of(newRow), column, value);
    }

    public SourceLocation withCell(String newColumn, String newValue) {
        return new SourceLocation(file, sheet, row, Optional.ofNullable(newColumn), Optional.ofNullable(newValue));
    }

    /** "tệp X, trang Y, dòng 12, cột 'Z', giá trị 'W'", in the user's language. */
    public String describe() {
        StringBuilder text = new StringBuilder(Messages.core().format("location.file", file));
        sheet.ifPresent(s -> text.append(", ").append(Messages.core().format("location.sheet", s)));
        row.ifPresent(r -> text.append(", ").append(Messages.core().format("location.row", r)));
        column.ifPresent(c -> text.append(", ").append(Messages.core().format("location.column", c)));
        value.ifPresent(v -> text.append(", ").append(Messages.core().format("location.value", v)));
        return text.toString();
    }
}
