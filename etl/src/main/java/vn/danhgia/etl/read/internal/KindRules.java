package vn.danhgia.etl.read.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.danhgia.core.form.InputKind;
import vn.danhgia.etl.read.FormFields;

/**
 * What the synonym table says about one input kind: which header keys name which field, which fields
 * must (or must not) be present for a header row to be of this kind, and what a file of it must name.
 */
public record KindRules(
        InputKind kind,
        Map<String, String> fieldByHeaderKey,
        List<Set<String>> requiredAlternatives,
        Set<String> forbiddenFields,
        boolean needsYear,
        boolean needsUnit,
        Optional<String> yearField) {

    public KindRules {
        Objects.requireNonNull(kind, "kind");
        fieldByHeaderKey = Map.copyOf(fieldByHeaderKey);
        requiredAlternatives = requiredAlternatives.stream().map(Set::copyOf).toList();
        forbiddenFields = Set.copyOf(forbiddenFields);
        Objects.requireNonNull(yearField, "yearField");
        for (String field : fieldByHeaderKey.values()) {
            if (!FormFields.of(kind).contains(field)) {
                throw new IllegalArgumentException("Field '" + field + "' is not a field of " + kind.code());
            }
        }
    }

    public Optional<String> fieldFor(String headerKey) {
        return Optional.ofNullable(fieldByHeaderKey.get(headerKey));
    }

    public boolean hasField(String field) {
        return fields().contains(field);
    }

    /** The fields a column may be bound to: the kind's, and the column naming each row's unit. */
    public List<String> fields() {
        return FormFields.of(kind);
    }

    /** The field of a column naming each row's unit, for kinds whose rows may name one. */
    public Optional<String> unitField() {
        return FormFields.unitField(kind);
    }

    /** Whether the mapped fields satisfy one alternative of the requirements and none is forbidden. */
    public boolean accepts(Set<String> mappedFields) {
        if (mappedFields.stream().anyMatch(forbiddenFields::contains)) {
            return false;
        }
        return requiredAlternatives.stream().anyMatch(mappedFields::containsAll);
    }
}
