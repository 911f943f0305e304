package vn.danhgia.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TextSimilarityTest {
    @Test
    void foldsLikeSqlDgFold() {
        assertThat(TextSimilarity.fold("  Còn đơn thư tồn đọng, giải quyết chưa DỨT ĐIỂM. "))
                .isEqualTo("con don thu ton dong giai quyet chua dut diem");
    }

    @Test
    void trigramsOfAPaddedText() {
        assertThat(TextSimilarity.trigrams("abc")).containsExactlyInAnyOrder(" ab", "abc", "bc ");
    }

    @Test
    void sameTextInOtherDiacriticsAndCaseIsIdentical() {
        assertThat(TextSimilarity.trigramJaccard("Giải ngân vốn đầu tư công chậm", "GIAI NGAN VON DAU TU CONG CHAM"))
                .isEqualTo(1.0);
    }

    @Test
    void aRewordedShortcomingScoresAboveTwoDifferentOnes() {
        double reworded = TextSimilarity.trigramJaccard(
                "Giải quyết đơn thư khiếu nại có vụ việc còn kéo dài",
                "Còn đơn thư tồn đọng, giải quyết chưa dứt điểm");
        double different = TextSimilarity.trigramJaccard(
                "Giải quyết thủ tục hành chính còn để quá hạn", "Giải quyết đơn thư khiếu nại có vụ việc còn kéo dài");

        assertThat(reworded).isCloseTo(0.2985, within(0.0001));
        assertThat(different).isCloseTo(0.2286, within(0.0001));
        assertThat(reworded).isGreaterThan(0.25).as("min_similarity in thresholds.yaml");
        assertThat(different).isLessThan(0.25);
    }

    @Test
    void emptyTextIsLikeNothing() {
        assertThat(TextSimilarity.trigramJaccard("", "")).isZero();
        assertThat(TextSimilarity.trigramJaccard(" , ", "abc")).isZero();
    }
}
