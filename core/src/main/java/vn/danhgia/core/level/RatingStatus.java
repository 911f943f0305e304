package vn.danhgia.core.level;

import java.util.Locale;
import java.util.Optional;
import vn.danhgia.core.i18n.Messages;

/**
 * Whether a member or organization got a level in a year, and if not why. Only {@link #RATED} carries a
 * {@link RatingLevel}; the others are counted apart (e.g. the exempt share of all members).
 */
public enum RatingStatus {
    RATED("rated", "Đã xếp loại", "Rated"),
    /** Miễn kiểm điểm/đánh giá: over working age or ill, on their own request. */
    EXEMPT("exempt", "Miễn đánh giá, xếp loại", "Exempt"),
    /** Đình chỉ sinh hoạt đảng during the year. */
    SUSPENDED("suspended", "Đình chỉ sinh hoạt đảng", "Suspended"),
    /** Admitted less than 6 months before the review: reviewed but not rated. */
    NEW_MEMBER("new_member", "Kết nạp chưa đủ 6 tháng", "Admitted less than 6 months ago"),
    /** Not (yet) rated, reason not stated. */
    NOT_RATED("not_rated", "Chưa xếp loại", "Not rated");

    private final String code;
    private final String vietnameseName;
    private final String englishName;

    RatingStatus(String code, String vietnameseName, String englishName) {
        this.code = code;
        this.vietnameseName = vietnameseName;
        this.englishName = englishName;
    }

    /** The lower-case code stored in the warehouse, e.g. {@code new_member}. */
    public String code() {
        return code;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    public String englishName() {
        return englishName;
    }

    /** The name in the user's language (see {@link Messages#locale()}). */
    public String displayName() {
        return Messages.locale().equals(Locale.ENGLISH) ? englishName : vietnameseName;
    }

    public static Optional<RatingStatus> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        for (RatingStatus status : values()) {
            if (status.code.equalsIgnoreCase(wanted)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
