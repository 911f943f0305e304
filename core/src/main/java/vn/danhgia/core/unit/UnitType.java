package vn.danhgia.core.unit;

import java.util.Locale;
import java.util.Map;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

/**
 * What kind of organization a party unit sits in. Quotas and comparisons are made "within groups of
 * similar units", so the type is part of every unit. The registry spellings ("xã", "sự nghiệp", "công
 * an", ...) are data, in {@code unit-types.yaml}.
 */
public enum UnitType {
    COMMUNE,
    TOWNSHIP,
    AGENCY,
    PUBLIC_SERVICE,
    ENTERPRISE,
    ARMED_FORCES,
    CELL,
    COMMITTEE;

    /** The stored code, e.g. {@code public_service}; the value of core.dim_unit.unit_type. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Vietnamese name shown to users, e.g. "Đơn vị sự nghiệp". */
    public String vietnameseName() {
        return Spellings.TABLE.name(this);
    }

    /**
     * The type written as {@code text} in a registry or report ("xã", "Sự nghiệp", "LỰC LƯỢNG VŨ TRANG",
     * "thôn", "cấp ủy cấp trên", or a code such as "public_service").
     *
     * @throws DanhgiaException {@link ErrorCode#UNKNOWN_UNIT} quoting the text when it is not a known spelling
     */
    public static UnitType parse(String text) {
        return Spellings.TABLE
                .find(text)
                .orElseThrow(() -> new DanhgiaException(
                        ErrorCode.UNKNOWN_UNIT,
                        UnitMessages.format("unitType.unknown", text, Spellings.TABLE.choices(UnitType.class))));
    }

    /** Every accepted spelling, folded, with its type: for writing the spelling table to the warehouse. */
    public static Map<String, UnitType> spellings() {
        return Spellings.TABLE.all();
    }

    /** Loaded on first use, after the enum constants exist. */
    private static final class Spellings {
        static final SpellingTable<UnitType> TABLE = SpellingTable.load("unit-types.yaml", "types", UnitType.class);
    }
}
