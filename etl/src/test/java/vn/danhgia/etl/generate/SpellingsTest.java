package vn.danhgia.etl.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.level.LevelContext;
import vn.danhgia.core.level.LevelParser;
import vn.danhgia.core.level.RatingLevel;
import vn.danhgia.core.level.RatingStatus;

/** What the generator writes is what core's level parser understands (and rejects what it must). */
class SpellingsTest {
    private final LevelParser parser = LevelParser.defaults();

    @Test
    void everyWrittenSpellingParsesToItsLevel() {
        for (RatingLevel level : RatingLevel.values()) {
            for (String spelling : NameData.SPELLINGS.section(level.code())) {
                assertThat(parser.parse(spelling, LevelContext.LEVEL_COLUMN, 2022)
                                .level())
                        .as(spelling)
                        .hasValueSatisfying(parsed -> assertThat(parsed.code()).isEqualTo(level.code()));
            }
        }
    }

    @Test
    void statusTextsParseAsStatuses() {
        assertThat(parser.parse("Miễn đánh giá", LevelContext.LEVEL_COLUMN, 2022)
                        .status())
                .isEqualTo(RatingStatus.EXEMPT);
        assertThat(parser.parse("Chưa xếp loại", LevelContext.LEVEL_COLUMN, 2022)
                        .level())
                .isEmpty();
    }

    @Test
    void plantedUnknownLevelsAreRejected() {
        for (String text : new String[] {"Loại B", "A+"}) {
            assertThatThrownBy(() -> parser.parse(text, LevelContext.LEVEL_COLUMN, 2022))
                    .isInstanceOfSatisfying(
                            DanhgiaException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_LEVEL));
        }
    }
}
