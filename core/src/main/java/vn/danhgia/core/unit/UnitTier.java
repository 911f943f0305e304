package vn.danhgia.core.unit;

import java.util.Locale;
import java.util.Map;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

/**
 * Where a unit sits in the party tree: city committee, district committee, grassroots organization,
 * sub-committee (đảng ủy bộ phận) or cell. Spellings ("thành phố", "huyện", "cơ sở", ...) are data, in
 * {@code unit-types.yaml}.
 */
public enum UnitTier {
    CITY,
    DISTRICT,
    GRASSROOTS,
    SUB_COMMITTEE,
    CELL;

    /** The stored code, e.g. {@code sub_committee}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Vietnamese name shown to users, e.g. "Cơ sở". */
    public String vietnameseName() {
        return Spellings.TABLE.name(this);
    }

    /** True for the tiers below a grassroots organization, whose results roll up into it. */
    public boolean isBelowGrassroots() {
        return this == SUB_COMMITTEE || this == CELL;
    }

    /**
     * The tier written as {@code text} in a registry ("thành phố", "huyện", "cơ sở", "đảng ủy bộ phận",
     * "chi bộ", or a code such as "grassroots").
     *
     * @throws DanhgiaException {@link ErrorCode#UNKNOWN_UNIT} quoting the text when it is not a known spelling
     */
    public static UnitTier parse(String text) {
        return Spellings.TABLE
                .find(text)
                .orElseThrow(() -> new DanhgiaException(
                        ErrorCode.UNKNOWN_UNIT,
                        UnitMessages.format("unitTier.unknown", text, Spellings.TABLE.choices(UnitTier.class))));
    }

    /** Every accepted spelling, folded, with its tier. */
    public static Map<String, UnitTier> spellings() {
        return Spellings.TABLE.all();
    }

    private static final class Spellings {
        static final SpellingTable<UnitTier> TABLE = SpellingTable.load("unit-types.yaml", "tiers", UnitTier.class);
    }
}
