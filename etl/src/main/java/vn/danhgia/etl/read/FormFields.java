package vn.danhgia.etl.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.danhgia.core.form.InputKind;

/**
 * The columns a reader can bind for a form: the form's own fields (core's {@link InputKind}), and for a
 * member list {@value #PARTY_UNIT}, a column naming the party organization each row belongs to ('Đảng bộ',
 * 'Tổ chức cơ sở đảng'). That column is not stored as a field: it gives the row its unit, as a title line or
 * the file name gives a whole file's.
 */
public final class FormFields {
    /** The column of a member list that names each row's party organization. */
    public static final String PARTY_UNIT = "party_unit";

    private FormFields() {}

    /** The fields a column of this form may be bound to, the form's own first. */
    public static List<String> of(InputKind kind) {
        List<String> fields = new ArrayList<>(kind.fields());
        unitField(kind).ifPresent(fields::add);
        return List.copyOf(fields);
    }

    /** The column that names each row's unit, for the forms whose rows may name one. */
    public static Optional<String> unitField(InputKind kind) {
        return kind == InputKind.MEMBER_RATING ? Optional.of(PARTY_UNIT) : Optional.empty();
    }

    /** Whether a column of some form may be bound to this field. */
    public static boolean isKnown(String field) {
        return Arrays.stream(InputKind.values()).anyMatch(kind -> of(kind).contains(field));
    }

    /** Every field of every form, once each, for a message. */
    public static String allFields() {
        return Arrays.stream(InputKind.values())
                .flatMap(kind -> of(kind).stream())
                .distinct()
                .collect(Collectors.joining(", "));
    }
}
