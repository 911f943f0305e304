package vn.danhgia.core.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

class RatingLevelTest {

    @Test
    void hasOfficialCodesNamesAndRanks() {
        assertThat(RatingLevel.EXCELLENT.code()).isEqualTo("HTXSNV");
        assertThat(RatingLevel.GOOD.code()).isEqualTo("HTTNV");
        assertThat(RatingLevel.COMPLETED.code()).isEqualTo("HTNV");
        assertThat(RatingLevel.NOT_COMPLETED.code()).isEqualTo("KHTNV");
        assertThat(RatingLevel.EXCELLENT.vietnameseName()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
        assertThat(RatingLevel.GOOD.vietnameseName()).isEqualTo("Hoàn thành tốt nhiệm vụ");
        assertThat(RatingLevel.COMPLETED.vietnameseName()).isEqualTo("Hoàn thành nhiệm vụ");
        assertThat(RatingLevel.NOT_COMPLETED.vietnameseName()).isEqualTo("Không hoàn thành nhiệm vụ");
        assertThat(RatingLevel.values()).extracting(RatingLevel::rank).containsExactly(4, 3, 2, 1);
        assertThat(RatingLevel.GOOD.englishName()).isEqualTo("Completed duties well");
    }

    @Test
    void findsLevelsByCodeOnly() {
        assertThat(RatingLevel.fromCode("HTTNV")).contains(RatingLevel.GOOD);
        assertThat(RatingLevel.fromCode(" khtnv ")).contains(RatingLevel.NOT_COMPLETED);
        assertThat(RatingLevel.fromCode("HT tốt NV")).isEmpty();
        assertThat(RatingLevel.fromCode(null)).isEmpty();
        assertThat(RatingLevel.fromRank(4)).contains(RatingLevel.EXCELLENT);
        assertThat(RatingLevel.fromRank(0)).isEmpty();
    }

    @Test
    void comparesLevels() {
        assertThat(RatingLevel.GOOD.isAtLeast(RatingLevel.GOOD)).isTrue();
        assertThat(RatingLevel.GOOD.isAtLeast(RatingLevel.COMPLETED)).isTrue();
        assertThat(RatingLevel.COMPLETED.isAtLeast(RatingLevel.GOOD)).isFalse();
        assertThat(RatingLevel.EXCELLENT.isBetterThan(RatingLevel.GOOD)).isTrue();
        assertThat(RatingLevel.GOOD.isBetterThan(RatingLevel.GOOD)).isFalse();
        assertThat(RatingLevel.EXCELLENT.atMost(RatingLevel.COMPLETED)).isEqualTo(RatingLevel.COMPLETED);
        assertThat(RatingLevel.NOT_COMPLETED.atMost(RatingLevel.COMPLETED)).isEqualTo(RatingLevel.NOT_COMPLETED);
    }

    @Test
    void hasStatusCodesAndNames() {
        assertThat(RatingStatus.values())
                .extracting(RatingStatus::code)
                .containsExactly("rated", "exempt", "suspended", "new_member", "not_rated");
        assertThat(RatingStatus.fromCode("new_member")).contains(RatingStatus.NEW_MEMBER);
        assertThat(RatingStatus.fromCode("unknown")).isEmpty();
        assertThat(RatingStatus.SUSPENDED.vietnameseName()).isEqualTo("Đình chỉ sinh hoạt đảng");
    }

    @Test
    void parsedRatingHasLevelExactlyWhenRated() {
        assertThat(ParsedRating.rated(RatingLevel.GOOD).isRated()).isTrue();
        assertThatThrownBy(() -> new ParsedRating(RatingStatus.RATED, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ParsedRating(RatingStatus.EXEMPT, Optional.of(RatingLevel.GOOD)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsCriterionScores() {
        assertThat(CriterionScore.parse("Xuất sắc")).isEqualTo(CriterionScore.EXCELLENT);
        assertThat(CriterionScore.parse("tot")).isEqualTo(CriterionScore.GOOD);
        assertThat(CriterionScore.parse("TRUNG BÌNH")).isEqualTo(CriterionScore.AVERAGE);
        assertThat(CriterionScore.parse("TB")).isEqualTo(CriterionScore.AVERAGE);
        assertThat(CriterionScore.parse("Kém")).isEqualTo(CriterionScore.POOR);
        assertThat(CriterionScore.AVERAGE.vietnameseName()).isEqualTo("Trung bình");
        assertThatThrownBy(() -> CriterionScore.parse("HTTNV"))
                .isInstanceOf(DanhgiaException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.UNKNOWN_LEVEL)
                .hasMessage(
                        "Không nhận ra mức chấm tiêu chí \"HTTNV\". Chỉ chấp nhận: Xuất sắc, Tốt, Trung bình, Kém.");
        assertThatThrownBy(() -> CriterionScore.parse(" "))
                .hasFieldOrPropertyWithValue("code", ErrorCode.MISSING_VALUE);
    }
}
