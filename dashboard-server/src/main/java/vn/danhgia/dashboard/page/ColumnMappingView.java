package vn.danhgia.dashboard.page;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.danhgia.dashboard.upload.InspectRunner;

/**
 * What the column mapping form shows for one uploaded file: where it was kept, how inspect understood it
 * (the header row closest to a header, its cells, what bound, what is missing), the kind chosen and its
 * fields with their labels, the field chosen for each cell (by its index in the row), the profile's name,
 * and an alert (inspect's own message, in the user's language) when something went wrong.
 */
public record ColumnMappingView(
        String upload,
        String file,
        Optional<InspectRunner.Closest> closest,
        Optional<String> understoodKind,
        String kind,
        List<String> kinds,
        List<Field> fields,
        Map<Integer, String> chosen,
        String name,
        Optional<String> alert) {

    /** A field of the kind and the label users read for it. */
    public record Field(String code, String label) {
        public Field {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
        }
    }

    public ColumnMappingView {
        Objects.requireNonNull(upload, "upload");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(closest, "closest");
        Objects.requireNonNull(understoodKind, "understoodKind");
        Objects.requireNonNull(kind, "kind");
        kinds = List.copyOf(kinds);
        fields = List.copyOf(fields);
        chosen = Map.copyOf(chosen);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(alert, "alert");
    }

    /** The field chosen for the cell at {@code index}, or "" for none. */
    public String chosen(int index) {
        return chosen.getOrDefault(index, "");
    }

    /** The label of a field of the kind, or the field's code. */
    public String label(String field) {
        return fields.stream()
                .filter(one -> one.code().equals(field))
                .map(Field::label)
                .findFirst()
                .orElse(field);
    }
}
