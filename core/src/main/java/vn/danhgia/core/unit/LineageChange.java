package vn.danhgia.core.unit;

import java.time.LocalDate;
import java.util.Objects;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.text.VietnameseText;

/**
 * One row of core.unit_lineage: from {@code effectiveDate} on, (part of) unit {@code fromCode} is carried
 * on by unit {@code toCode}. A unit with several successors (a split) has one change per successor.
 * {@code fromCode} equals {@code toCode} only for a {@link ChangeKind#RENAME} or {@link
 * ChangeKind#TRANSFER} where the code continues as a new version of the unit.
 */
public record LineageChange(String fromCode, String toCode, LocalDate effectiveDate, ChangeKind kind) {

    public LineageChange {
        Objects.requireNonNull(fromCode, "fromCode");
        Objects.requireNonNull(toCode, "toCode");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(kind, "kind");
        fromCode = VietnameseText.clean(fromCode);
        toCode = VietnameseText.clean(toCode);
        if (fromCode.isEmpty() || toCode.isEmpty()) {
            throw new DanhgiaException(
                    ErrorCode.MISSING_VALUE,
                    UnitMessages.format(
                            "change.blankCode",
                            fromCode,
                            toCode,
                            UnitMessages.date(effectiveDate),
                            UnitMessages.kind(kind)));
        }
        if (fromCode.equals(toCode) && !kind.allowsSameCode()) {
            throw new DanhgiaException(
                    ErrorCode.INVALID_LINEAGE,
                    UnitMessages.format(
                            "change.sameCode", fromCode, UnitMessages.date(effectiveDate), UnitMessages.kind(kind)));
        }
    }

    /** True when the code continues (a new version of the same unit). */
    public boolean keepsCode() {
        return fromCode.equals(toCode);
    }
}
