package vn.danhgia.etl.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.danhgia.core.form.InputKind;

/**
 * One data row of a unit's file, as text. {@code sourceFile} is relative to the folder being loaded (with
 * '/' separators), {@code sheet} is empty for a text file, {@code row} is 1-based as the user sees it in
 * Excel or a text editor. {@code fields} holds the kind's canonical fields in the kind's order; a field is
 * absent when the file has no such column or the cell is empty. Values are cleaned text (NFC, trimmed,
 * whitespace collapsed), never parsed: levels, dates and numbers are interpreted by the SQL staging.
 */
public record RawRow(
        String sourceFile,
        Optional<String> sheet,
        int row,
        InputKind kind,
        Optional<Integer> year,
        Optional<String> unit,
        Map<String, String> fields) {

    public RawRow {
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(sheet, "sheet");
        if (row < 1) {
            throw new IllegalArgumentException("row must be >= 1: " + row);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(unit, "unit");
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String field : kind.fields()) {
            String value = fields.get(field);
            if (value != null && !value.isEmpty()) {
                ordered.put(field, value);
            }
        }
        if (ordered.size()
                != fields.values().stream()
                        .filter(v -> v != null && !v.isEmpty())
                        .count()) {
            throw new IllegalArgumentException("fields not of " + kind.code() + ": " + fields.keySet());
        }
        fields = Collections.unmodifiableMap(ordered);
    }

    /** A field's value, empty when absent. */
    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }
}
