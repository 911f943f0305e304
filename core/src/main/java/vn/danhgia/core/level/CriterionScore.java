package vn.danhgia.core.level;

import java.util.Locale;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;

/**
 * The score of one review criterion (political ideology, ethics, discipline, results...). Not a rating
 * level, although "Xuất sắc" and "Tốt" are spelled like the short forms of HTXSNV and HTTNV.
 */
public enum CriterionScore {
    EXCELLENT("Xuất sắc", "Excellent", 4),
    GOOD("Tốt", "Good", 3),
    AVERAGE("Trung bình", "Average", 2),
    POOR("Kém", "Poor", 1);

    private final String vietnameseName;
    private final String englishName;
    private final int rank;

    CriterionScore(String vietnameseName, String englishName, int rank) {
        this.vietnameseName = vietnameseName;
        this.englishName = englishName;
        this.rank = rank;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    public String englishName() {
        return englishName;
    }

    public String displayName() {
        return Messages.locale().equals(Locale.ENGLISH) ? englishName : vietnameseName;
    }

    /** 4 for excellent down to 1 for poor. */
    public int rank() {
        return rank;
    }

    /**
     * The score a cell states, by the spellings in {@code spellings.yaml} (any case, with or without
     * diacritics). Blank → {@link ErrorCode#MISSING_VALUE}; anything else unknown →
     * {@link ErrorCode#UNKNOWN_LEVEL} quoting the text.
     */
    public static CriterionScore parse(String raw) {
        if (raw == null || Folding.fold(raw).isEmpty()) {
            throw new DanhgiaException(ErrorCode.MISSING_VALUE, LevelSpellings.MESSAGES.format("criterion.missing"));
        }
        return LevelSpellings.defaults()
                .criterionScore(LevelSpellings.matchKey(raw))
                .orElseThrow(() -> new DanhgiaException(
                        ErrorCode.UNKNOWN_LEVEL, LevelSpellings.MESSAGES.format("criterion.unknown", raw)));
    }
}
