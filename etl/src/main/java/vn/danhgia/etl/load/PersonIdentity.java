package vn.danhgia.etl.load;

import java.util.Optional;
import vn.danhgia.core.form.InputKind;
import vn.danhgia.etl.read.RawRow;

/**
 * Which identifiers of a raw row name a person, and the pseudonym they give. The card number wins;
 * without it, the folded name with the birth year, else with the unit. Monthly exports name officials
 * by the code of the evaluation software; leader ratings carry both that code and the card number, and
 * staging links the two.
 */
record PersonIdentity(String cardNumber, String fullName, String birth, String unit, String officialCode) {

    record Key(String personKey, String basis) {}

    static Optional<PersonIdentity> of(RawRow row) {
        InputKind kind = row.kind();
        boolean personal =
                switch (kind) {
                    case MEMBER_RATING, LEADER_RATING, DISCIPLINE, MONTHLY_SCORE -> true;
                    case SHORTCOMING -> row.field("card_number").isPresent();
                    default -> false;
                };
        if (!personal) {
            return Optional.empty();
        }
        String unit =
                row.field("unit_name").or(() -> row.field("cell")).or(row::unit).orElse("");
        return Optional.of(new PersonIdentity(
                row.field("card_number").orElse(""),
                row.field("full_name").orElse(""),
                birthYear(row.field("birth").orElse("")),
                unit,
                row.field("official_code").orElse("")));
    }

    Optional<Key> key(Pseudonymizer pseudonymizer) {
        if (!cardNumber.isBlank()) {
            return pseudonymizer.personKey(cardNumber, "", "", "").map(key -> new Key(key, "card_number"));
        }
        if (!officialCode.isBlank()) {
            return Optional.of(new Key(pseudonymizer.officialKey(officialCode), "official_code"));
        }
        if (!birth.isBlank()) {
            return pseudonymizer.personKey("", fullName, birth, "").map(key -> new Key(key, "name_birth"));
        }
        return pseudonymizer.personKey("", fullName, "", unit).map(key -> new Key(key, "name_unit"));
    }

    /** The year of a birth value as read: "1958", "1958.0" or an ISO date "1995-08-18". */
    static String birthYear(String birth) {
        String trimmed = birth.trim();
        if (trimmed.matches("\\d{4}([.,]0+)?")) {
            return trimmed.substring(0, 4);
        }
        if (trimmed.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return trimmed.substring(0, 4);
        }
        if (trimmed.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
            return trimmed.substring(trimmed.length() - 4);
        }
        return trimmed;
    }
}
