package vn.danhgia.core.sql;

import java.util.Objects;

/**
 * One statement of a SQL script: its text without the terminating semicolon, and the 1-based line of
 * the script where it starts, so an engine's error can be traced back to the file.
 */
public record SqlStatement(int line, String text) {

    public SqlStatement {
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more: " + line);
        }
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("A statement needs text");
        }
    }
}
