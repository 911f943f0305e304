package vn.danhgia.core.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danhgia.core.level.LevelContext.GENERIC;
import static vn.danhgia.core.level.LevelContext.LEVEL_COLUMN;

import java.text.Normalizer;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.error.SourceLocation;

class LevelParserTest {
    private final LevelParser parser = new LevelParser();

    @ParameterizedTest
    @EnumSource(RatingLevel.class)
    void readsOfficialNameAndCodeOfEveryLevelInBothContexts(RatingLevel level) {
        for (LevelContext context : LevelContext.values()) {
            assertThat(parser.parse(level.vietnameseName(), context)).isEqualTo(ParsedRating.rated(level));
            assertThat(parser.parse(level.code(), context)).isEqualTo(ParsedRating.rated(level));
            assertThat(parser.parse(level.code().toLowerCase(java.util.Locale.ROOT), context))
                    .isEqualTo(ParsedRating.rated(level));
        }
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            ignoreLeadingAndTrailingWhitespace = false,
            value = {
                "HT xuất sắc NV|EXCELLENT",
                "HT XS NV|EXCELLENT",
                "HTXS|EXCELLENT",
                "HTXS NV|EXCELLENT",
                "ht.xs.nv|EXCELLENT",
                "Hoàn thành xuất sắc|EXCELLENT",
                "hoàn thành xuất sắc nhiệm vụ|EXCELLENT",
                "HOÀN THÀNH XUẤT SẮC NHIỆM VỤ|EXCELLENT",
                "hoan thanh xuat sac nhiem vu|EXCELLENT",
                "Hoàn thành xuất sắc nhiệm vụ (HTXSNV)|EXCELLENT",
                "HT tốt NV|GOOD",
                "HT TỐT NV|GOOD",
                "ht tot nv|GOOD",
                "Hoàn thành tốt NV|GOOD",
                "Hoàn thành tốt|GOOD",
                "HTT NV|GOOD",
                "HTT|GOOD",
                "hoan thanh tot nhiem vu|GOOD",
                "  Hoàn  thành   tốt nhiệm vụ  |GOOD",
                "Hoàn thành tốt nhiệm vụ.|GOOD",
                "Hoàn thành NV|COMPLETED",
                "HT NV|COMPLETED",
                "HTNV |COMPLETED",
                "hoan thanh nhiem vu|COMPLETED",
                "Không HTNV|NOT_COMPLETED",
                "Không hoàn thành NV|NOT_COMPLETED",
                "Không hoàn thành|NOT_COMPLETED",
                "K.HTNV|NOT_COMPLETED",
                "K. HTNV|NOT_COMPLETED",
                "khong hoan thanh nhiem vu|NOT_COMPLETED",
                "KHÔNG HOÀN THÀNH NHIỆM VỤ|NOT_COMPLETED",
            })
    void readsSpellingVariantsOfLevels(String raw, RatingLevel expected) {
        assertThat(parser.parse(raw, GENERIC)).isEqualTo(ParsedRating.rated(expected));
        assertThat(parser.parse(raw, LEVEL_COLUMN)).isEqualTo(ParsedRating.rated(expected));
    }

    @Test
    void readsDecomposedUnicodeAndNonBreakingSpaces() {
        String decomposed = Normalizer.normalize("Hoàn thành tốt nhiệm vụ", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Hoàn thành tốt nhiệm vụ");
        assertThat(parser.parse(decomposed, GENERIC)).isEqualTo(ParsedRating.rated(RatingLevel.GOOD));
        assertThat(parser.parse("Hoàn\u00a0thành\u00a0nhiệm vụ\u00a0", GENERIC))
                .isEqualTo(ParsedRating.rated(RatingLevel.COMPLETED));
        assertThat(parser.parse("Không\thoàn thành\nnhiệm vụ", GENERIC))
                .isEqualTo(ParsedRating.rated(RatingLevel.NOT_COMPLETED));
    }

    @Test
    void neverReadsCompletedInsideNotCompletedOrGood() {
        assertThat(parser.parse("Hoàn thành nhiệm vụ", GENERIC).level()).contains(RatingLevel.COMPLETED);
        assertThat(parser.parse("Không hoàn thành nhiệm vụ", GENERIC).level()).contains(RatingLevel.NOT_COMPLETED);
        assertThat(parser.parse("Hoàn thành tốt nhiệm vụ", GENERIC).level()).contains(RatingLevel.GOOD);
        assertThat(parser.parse("Hoàn thành xuất sắc nhiệm vụ", GENERIC).level())
                .contains(RatingLevel.EXCELLENT);
        assertThat(parser.parse("HTNV", GENERIC).level()).contains(RatingLevel.COMPLETED);
        assertThat(parser.parse("KHTNV", GENERIC).level()).contains(RatingLevel.NOT_COMPLETED);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Miễn đánh giá|EXEMPT",
                "Miễn kiểm điểm|EXEMPT",
                "Miễn đánh giá, xếp loại|EXEMPT",
                "mien danh gia xep loai|EXEMPT",
                "Miễn ĐG|EXEMPT",
                "Đình chỉ sinh hoạt|SUSPENDED",
                "đình chỉ sinh hoạt đảng|SUSPENDED",
                "Mới kết nạp|NEW_MEMBER",
                "Kết nạp chưa đủ 6 tháng|NEW_MEMBER",
                "Đảng viên mới kết nạp|NEW_MEMBER",
                "Chưa xếp loại|NOT_RATED",
                "Chưa đánh giá|NOT_RATED",
                "chua xep loai|NOT_RATED",
            })
    void readsStatuses(String raw, RatingStatus expected) {
        assertThat(parser.parse(raw, GENERIC)).isEqualTo(ParsedRating.unrated(expected));
        assertThat(parser.parse(raw, LEVEL_COLUMN)).isEqualTo(ParsedRating.unrated(expected));
    }

    @Test
    void readsShortWordsAsLevelsInLevelColumn() {
        assertThat(parser.parse("Tốt", LEVEL_COLUMN)).isEqualTo(ParsedRating.rated(RatingLevel.GOOD));
        assertThat(parser.parse("tot", LEVEL_COLUMN)).isEqualTo(ParsedRating.rated(RatingLevel.GOOD));
        assertThat(parser.parse("Xuất sắc", LEVEL_COLUMN)).isEqualTo(ParsedRating.rated(RatingLevel.EXCELLENT));
        assertThat(parser.parse("XUẤT SẮC", LEVEL_COLUMN)).isEqualTo(ParsedRating.rated(RatingLevel.EXCELLENT));
        assertThat(parser.parse("Miễn", LEVEL_COLUMN)).isEqualTo(ParsedRating.unrated(RatingStatus.EXEMPT));
    }

    @Test
    void rejectsGoodAloneAsAmbiguousInGenericColumn() {
        assertThatThrownBy(() -> parser.parse("Tốt", GENERIC))
                .isInstanceOf(DanhgiaException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.AMBIGUOUS_LEVEL)
                .hasMessage("Không rõ \"Tốt\" có phải là mức xếp loại chất lượng hay không: cách viết này cũng là"
                        + " mức chấm một tiêu chí (Xuất sắc, Tốt, Trung bình, Kém) và chỉ được hiểu là mức xếp loại"
                        + " trong cột kết quả xếp loại. Hãy ghi đầy đủ, ví dụ \"Hoàn thành tốt nhiệm vụ\" (HTTNV),"
                        + " hoặc đặt giá trị vào cột có tiêu đề \"Xếp loại\".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Xuất sắc", "Trung bình", "Kém", "trung binh", "Hoàn thành", "Miễn"})
    void rejectsCriterionScoresAndShortWordsAsAmbiguousInGenericColumn(String raw) {
        assertThatThrownBy(() -> parser.parse(raw, GENERIC))
                .isInstanceOf(DanhgiaException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.AMBIGUOUS_LEVEL)
                .hasMessageContaining("\"" + raw + "\"");
    }

    @Test
    void rejectsCriterionScoreThatIsNoLevelInLevelColumn() {
        assertThatThrownBy(() -> parser.parse("Trung bình", LEVEL_COLUMN))
                .isInstanceOf(DanhgiaException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.UNKNOWN_LEVEL)
                .hasMessageStartingWith("\"Trung bình\" là mức chấm một tiêu chí (Xuất sắc, Tốt, Trung bình, Kém),"
                        + " không phải mức xếp loại chất lượng.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Khá", "Hoàn thành tốt nhiệm vu x", "A", "-", "HTTNV HTNV", "hoàn thành tốt nhiệm vụ 2"})
    void rejectsUnknownSpellingQuotingItExactly(String raw) {
        for (LevelContext context : LevelContext.values()) {
            assertThatThrownBy(() -> parser.parse(raw, context))
                    .isInstanceOf(DanhgiaException.class)
                    .hasFieldOrPropertyWithValue("code", ErrorCode.UNKNOWN_LEVEL)
                    .hasMessage("Không nhận ra mức xếp loại \"" + raw + "\". Chỉ chấp nhận các mức Hoàn thành xuất"
                            + " sắc nhiệm vụ (HTXSNV), Hoàn thành tốt nhiệm vụ (HTTNV), Hoàn thành nhiệm vụ (HTNV),"
                            + " Không hoàn thành nhiệm vụ (KHTNV), hoặc một tình trạng: Miễn đánh giá, Đình chỉ sinh"
                            + " hoạt, Mới kết nạp (chưa đủ 6 tháng), Chưa xếp loại. Hãy sửa ô này theo một trong các"
                            + " cách viết đó.");
        }
    }

    @Test
    void quotesOriginalTextWithItsSpacesAndCase() {
        assertThatThrownBy(() -> parser.parse("  KHÁ  ", LEVEL_COLUMN))
                .hasMessageStartingWith("Không nhận ra mức xếp loại \"  KHÁ  \".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u00a0", "\t\n"})
    void rejectsBlankAsMissingValue(String raw) {
        assertThatThrownBy(() -> parser.parse(raw, LEVEL_COLUMN))
                .isInstanceOf(DanhgiaException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.MISSING_VALUE)
                .hasMessage("Ô mức xếp loại bị trống. Hãy ghi mức xếp loại (ví dụ \"Hoàn thành tốt nhiệm vụ\" hoặc"
                        + " \"HTTNV\") hoặc tình trạng (ví dụ \"Miễn đánh giá\", \"Chưa xếp loại\").");
    }

    @Test
    void rejectsNullAsMissingValue() {
        assertThatThrownBy(() -> parser.parse(null, GENERIC))
                .isInstanceOf(DanhgiaException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.MISSING_VALUE);
    }

    @Test
    void attachesTheSourceLocationToErrors() {
        SourceLocation location =
                SourceLocation.ofFile("ds.xlsx").withSheet("DS").withRow(12).withCell("Xếp loại", "Khá");
        assertThatThrownBy(() -> parser.parse("Khá", LEVEL_COLUMN, 2022, location))
                .isInstanceOfSatisfying(DanhgiaException.class, error -> assertThat(error.location())
                        .isEqualTo(Optional.of(location)));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Trong sạch vững mạnh tiêu biểu|EXCELLENT",
                "Trong sạch, vững mạnh|EXCELLENT",
                "trong sach vung manh|EXCELLENT",
                "Hoàn thành tốt nhiệm vụ|GOOD",
                "Hoàn thành nhiệm vụ|COMPLETED",
                "Yếu kém|NOT_COMPLETED",
                "Đủ tư cách, hoàn thành xuất sắc nhiệm vụ|EXCELLENT",
                "Đủ tư cách, hoàn thành tốt nhiệm vụ|GOOD",
                "đủ tư cách hoàn thành nhiệm vụ|COMPLETED",
                "Vi phạm tư cách|NOT_COMPLETED",
                "Không đủ tư cách|NOT_COMPLETED",
                "HTTNV|GOOD",
            })
    void readsPre2018NamesOnlyForYearsBefore2018(String raw, RatingLevel expected) {
        assertThat(parser.parse(raw, GENERIC, 2017)).isEqualTo(ParsedRating.rated(expected));
        assertThat(parser.parse(raw, LEVEL_COLUMN, 2015)).isEqualTo(ParsedRating.rated(expected));
    }

    @Test
    void rejectsPre2018NameFrom2018OnSayingWhy() {
        String expected = "\"Trong sạch vững mạnh\" là tên mức xếp loại dùng trước năm 2018; từ năm 2018 chỉ dùng các"
                + " mức Hoàn thành xuất sắc nhiệm vụ (HTXSNV), Hoàn thành tốt nhiệm vụ (HTTNV), Hoàn thành nhiệm vụ"
                + " (HTNV), Không hoàn thành nhiệm vụ (KHTNV). Nếu tệp là kết quả của một năm trước 2018, hãy ghi"
                + " đúng năm xếp loại khi nạp; nếu không, hãy sửa ô này.";
        assertThatThrownBy(() -> parser.parse("Trong sạch vững mạnh", LEVEL_COLUMN, 2018))
                .isInstanceOf(DanhgiaException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.UNKNOWN_LEVEL)
                .hasMessage(expected);
        assertThatThrownBy(() -> parser.parse("Trong sạch vững mạnh", LEVEL_COLUMN))
                .hasMessage(expected);
        assertThatThrownBy(() -> parser.parse("Vi phạm tư cách", GENERIC, 2022))
                .hasFieldOrPropertyWithValue("code", ErrorCode.UNKNOWN_LEVEL);
    }

    @Test
    void writesMessagesInEnglishWhenAskedFor() {
        String previous = System.getProperty("danhgia.lang");
        System.setProperty("danhgia.lang", "en");
        try {
            assertThatThrownBy(() -> parser.parse("Khá", LEVEL_COLUMN))
                    .hasMessageStartingWith("Unknown rating level \"Khá\". Accepted are the levels");
        } finally {
            if (previous == null) {
                System.clearProperty("danhgia.lang");
            } else {
                System.setProperty("danhgia.lang", previous);
            }
        }
    }
}
