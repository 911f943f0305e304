package vn.danhgia.core.unit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.text.VietnameseText;

/**
 * One version of a party unit: its code, name, type, tier and parent during {@code validFrom} to
 * {@code validTo}, both days included ({@code validTo} empty: still valid). A unit whose parent or tier
 * changes while its code continues (a transfer) has several versions with the same code and
 * consecutive, non-overlapping periods. Code and name are cleaned (NFC, spaces collapsed).
 */
public record Unit(
        String code,
        String name,
        UnitType type,
        UnitTier tier,
        Optional<String> parentCode,
        LocalDate validFrom,
        Optional<LocalDate> validTo) {

    public Unit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(parentCode, "parentCode");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        code = VietnameseText.clean(code);
        name = VietnameseText.clean(name);
        parentCode = parentCode.map(VietnameseText::clean).filter(parent -> !parent.isEmpty());
        if (code.isEmpty()) {
            throw new DanhgiaException(ErrorCode.MISSING_VALUE, UnitMessages.format("unit.blankCode"));
        }
        if (name.isEmpty()) {
            throw new DanhgiaException(ErrorCode.MISSING_VALUE, UnitMessages.format("unit.blankName", code));
        }
        if (validTo.isPresent() && validTo.get().isBefore(validFrom)) {
            throw new DanhgiaException(
                    ErrorCode.INVALID_DATE,
                    UnitMessages.format(
                            "unit.endsBeforeStart",
                            code,
                            UnitMessages.date(validFrom),
                            UnitMessages.date(validTo.get())));
        }
        if (parentCode.filter(code::equals).isPresent()) {
            throw new DanhgiaException(ErrorCode.INVALID_LINEAGE, UnitMessages.format("unit.ownParent", code));
        }
    }

    /** True when this version is valid on {@code date} (both ends of the period included). */
    public boolean isActiveOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(validFrom)
                && validTo.map(end -> !date.isAfter(end)).orElse(true);
    }

    /** True when the two versions share at least one day. */
    boolean overlaps(Unit other) {
        boolean startsBeforeOtherEnds =
                other.validTo.map(end -> !validFrom.isAfter(end)).orElse(true);
        boolean otherStartsBeforeThisEnds =
                validTo.map(end -> !other.validFrom.isAfter(end)).orElse(true);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
