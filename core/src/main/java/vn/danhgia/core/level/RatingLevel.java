package vn.danhgia.core.level;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.danhgia.core.i18n.Messages;

/**
 * The four quality levels used since 2018, the same for members, organizations and leaders. The
 * Vietnamese names are the official ones written in the regulations (QĐ 132, QĐ 124, QĐ 366), part of
 * the domain like the codes, so they live here rather than in a bundle. What a score means for a level
 * depends on the year and lives in the rule sets ({@code core.rules}), not here.
 */
public enum RatingLevel {
    EXCELLENT("HTXSNV", "Hoàn thành xuất sắc nhiệm vụ", "Completed duties excellently", 4),
    GOOD("HTTNV", "Hoàn thành tốt nhiệm vụ", "Completed duties well", 3),
    COMPLETED("HTNV", "Hoàn thành nhiệm vụ", "Completed duties", 2),
    NOT_COMPLETED("KHTNV", "Không hoàn thành nhiệm vụ", "Did not complete duties", 1);

    private final String code;
    private final String vietnameseName;
    private final String englishName;
    private final int rank;

    RatingLevel(String code, String vietnameseName, String englishName, int rank) {
        this.code = code;
        this.vietnameseName = vietnameseName;
        this.englishName = englishName;
        this.rank = rank;
    }

    /** The official abbreviation, e.g. {@code HTXSNV}; stored in the warehouse. */
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

    /** 4 for excellent down to 1 for not completed: higher is better. */
    public int rank() {
        return rank;
    }

    public boolean isAtLeast(RatingLevel other) {
        return rank >= Objects.requireNonNull(other, "other").rank;
    }

    public boolean isBetterThan(RatingLevel other) {
        return rank > Objects.requireNonNull(other, "other").rank;
    }

    /** The lower of the two levels: applies a cap such as "a disciplined member is at most KHTNV". */
    public RatingLevel atMost(RatingLevel cap) {
        return isBetterThan(cap) ? cap : this;
    }

    /** The level with this exact code (case and surrounding spaces ignored); spellings go to {@link LevelParser}. */
    public static Optional<RatingLevel> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        for (RatingLevel level : values()) {
            if (level.code.equalsIgnoreCase(wanted)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The level of a rank from 1 to 4. */
    public static Optional<RatingLevel> fromRank(int rank) {
        for (RatingLevel level : values()) {
            if (level.rank == rank) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
