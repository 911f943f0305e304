package vn.danhgia.etl.read;

import java.util.Objects;
import java.util.Optional;
import vn.danhgia.core.error.ErrorCode;

/**
 * A data row the reader could not turn into a raw row (e.g. two x-marks in the level columns). It is
 * reported instead of the row, for the rejects table; the rest of the file is read.
 */
public record RowIssue(String sourceFile, Optional<String> sheet, int row, ErrorCode code, String message) {
    public RowIssue {
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(sheet, "sheet");
        if (row < 1) {
            throw new IllegalArgumentException("row must be >= 1: " + row);
        }
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
