package vn.danhgia.etl.read.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A recognized header: the kind it reveals, its first row (1-based), how many rows it spans (1, or 2 when
 * a sub-header row names the fields under merged group titles), the column bindings, and whether a
 * numbering row '(1) (2) ...' follows it, and the name of the saved mapping profile it came from, if any.
 */
public record HeaderLayout(
        KindRules rules,
        int firstRow,
        int depth,
        List<ColumnBinding> columns,
        boolean countShares,
        int numberingRow,
        java.util.Optional<String> profile) {

    public HeaderLayout {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(profile, "profile");
        if (depth != 1 && depth != 2) {
            throw new IllegalArgumentException("depth must be 1 or 2: " + depth);
        }
        columns = List.copyOf(columns);
    }

    /** The last header row (1-based); data start below it (and below a numbering row). */
    public int lastRow() {
        return firstRow + depth - 1;
    }

    /** Whether a numbering row follows the header ({@link #numberingRow} is then its row number, else 0). */
    public boolean hasNumberingRow() {
        return numberingRow > 0;
    }

    public Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>();
        columns.forEach(binding -> fields.add(binding.field()));
        return fields;
    }

    public boolean hasMarks() {
        return columns.stream().anyMatch(ColumnBinding::isMark);
    }

    public boolean binds(String field) {
        return columns.stream().anyMatch(binding -> binding.field().equals(field));
    }

    HeaderLayout withNumberingRow(int row) {
        return new HeaderLayout(rules, firstRow, depth, columns, countShares, row, profile);
    }
}
