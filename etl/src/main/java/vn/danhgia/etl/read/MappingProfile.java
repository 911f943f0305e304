package vn.danhgia.etl.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.danhgia.core.form.InputKind;
import vn.danhgia.etl.read.internal.HeaderText;

/**
 * A saved mapping of one header layout that the reader did not understand by itself: its name, the kind
 * of form, the header row's cells as written (its signature, compared folded: case, diacritics and
 * punctuation aside), and the field of each mapped header cell. Made with {@code danhgia inspect FILE --map
 * "Cột=field" ... --save NAME}; the load applies it to every file whose header row has the same cells.
 */
public record MappingProfile(String name, InputKind kind, List<String> header, Map<String, String> columns) {
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}");

    public MappingProfile {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("profile name must be letters, digits, '.', '_' or '-': " + name);
        }
        Objects.requireNonNull(kind, "kind");
        header = List.copyOf(header);
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a profile needs the header's cells");
        }
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        for (String field : columns.values()) {
            if (!FormFields.of(kind).contains(field)) {
                throw new IllegalArgumentException("Field '" + field + "' is not a field of " + kind.code());
            }
        }
    }

    /** The signature: the folded keys of the header's non-empty cells, in order. */
    public List<String> signature() {
        return signature(header);
    }

    /** The signature of a row's cells. */
    public static List<String> signature(List<String> cells) {
        return cells.stream().map(HeaderText::key).filter(key -> !key.isEmpty()).toList();
    }

    /** The field mapped to a header cell (compared folded), if any. */
    public java.util.Optional<String> fieldOf(String headerCell) {
        String key = HeaderText.key(headerCell);
        return columns.entrySet().stream()
                .filter(entry -> HeaderText.key(entry.getKey()).equals(key))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
