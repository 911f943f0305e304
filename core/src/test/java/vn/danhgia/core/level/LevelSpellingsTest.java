package vn.danhgia.core.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

class LevelSpellingsTest {

    @Test
    void foldsTextIntoMatchKeys() {
        assertThat(LevelSpellings.matchKey("HT. tốt  NV ")).isEqualTo("httotnv");
        assertThat(LevelSpellings.matchKey("Đình chỉ sinh hoạt Đảng")).isEqualTo("dinhchisinhhoatdang");
        assertThat(LevelSpellings.matchKey("K.HTNV")).isEqualTo("khtnv");
        assertThat(LevelSpellings.matchKey("Kết nạp chưa đủ 6 tháng")).isEqualTo("ketnapchuadu6thang");
        assertThat(Folding.fold("  Hoàn\u00a0 THÀNH tốt ")).isEqualTo("hoan thanh tot");
    }

    @Test
    void exposesOneRowPerKeyForTheWarehouse() {
        List<LevelSpelling> all = LevelSpellings.all();
        assertThat(all).hasSizeGreaterThan(100);
        Set<String> currentKeys = new HashSet<>();
        Set<String> legacyKeys = new HashSet<>();
        for (LevelSpelling spelling : all) {
            assertThat(spelling.key()).isEqualTo(LevelSpellings.matchKey(spelling.text()));
            assertThat((spelling.isLegacy() ? legacyKeys : currentKeys).add(spelling.key()))
                    .as("duplicate key %s", spelling.key())
                    .isTrue();
        }
        assertThat(all).anySatisfy(spelling -> {
            assertThat(spelling.key()).isEqualTo("httotnv");
            assertThat(spelling.folded()).isEqualTo("ht tot nv");
            assertThat(spelling.rating()).isEqualTo(ParsedRating.rated(RatingLevel.GOOD));
            assertThat(spelling.contexts()).containsExactlyInAnyOrder(LevelContext.values());
        });
        assertThat(all).anySatisfy(spelling -> {
            assertThat(spelling.key()).isEqualTo("tot");
            assertThat(spelling.contexts()).containsExactly(LevelContext.LEVEL_COLUMN);
        });
        assertThat(all).anySatisfy(spelling -> {
            assertThat(spelling.key()).isEqualTo("trongsachvungmanh");
            assertThat(spelling.onlyBeforeYear()).isEqualTo(OptionalInt.of(2018));
            assertThat(spelling.appliesTo(2017)).isTrue();
            assertThat(spelling.appliesTo(2018)).isFalse();
        });
        assertThat(all).noneMatch(spelling -> spelling.isLegacy() && currentKeys.contains(spelling.key()));
        assertThat(LevelSpellings.defaults().legacyBefore()).isEqualTo(2018);
    }

    @Test
    void coversEveryLevelAndEveryStatusButRated() {
        Set<ParsedRating> meanings = new HashSet<>();
        LevelSpellings.all().forEach(spelling -> meanings.add(spelling.rating()));
        for (RatingLevel level : RatingLevel.values()) {
            assertThat(meanings).contains(ParsedRating.rated(level));
        }
        for (RatingStatus status : RatingStatus.values()) {
            if (status != RatingStatus.RATED) {
                assertThat(meanings).contains(ParsedRating.unrated(status));
            }
        }
    }

    @Test
    void loadsAnInstallationsOwnFile(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("spellings.yaml");
        Files.writeString(file, """
                spellings:
                  - meaning: GOOD
                    texts: [Khá]
                criterionScores:
                  GOOD: [Tốt]
                legacy:
                  before: 2016
                  organizations: {}
                  members: {}
                """);
        LevelParser parser = new LevelParser(LevelSpellings.load(file));
        assertThat(parser.parse("kha", LevelContext.GENERIC)).isEqualTo(ParsedRating.rated(RatingLevel.GOOD));
        assertThatThrownBy(() -> parser.parse("Tốt", LevelContext.GENERIC))
                .hasFieldOrPropertyWithValue("code", ErrorCode.AMBIGUOUS_LEVEL);
    }

    @Test
    void rejectsOneKeyWithTwoMeaningsNamingTheFile(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("spellings.yaml");
        Files.writeString(file, """
                spellings:
                  - meaning: GOOD
                    texts: [HT tốt NV]
                  - meaning: COMPLETED
                    texts: [ht.tot.nv]
                criterionScores: {}
                legacy: {before: 2018, organizations: {}, members: {}}
                """);
        assertThatThrownBy(() -> LevelSpellings.load(file))
                .isInstanceOf(DanhgiaException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_CONFIGURATION)
                .hasMessage("Tệp cách viết mức xếp loại \"" + file + "\" không hợp lệ: cách viết \"ht.tot.nv\" (khóa so"
                        + " khớp \"httotnv\") vừa mang nghĩa HTTNV vừa mang nghĩa HTNV. Hãy sửa tệp theo mẫu"
                        + " vn/danhgia/core/level/spellings.yaml.");
    }

    @Test
    void rejectsUnknownMeaningAndCriterionWordAcceptedEverywhere(@TempDir Path directory) throws IOException {
        Path unknownMeaning = directory.resolve("meaning.yaml");
        Files.writeString(unknownMeaning, """
                spellings:
                  - meaning: GREAT
                    texts: [Tuyệt]
                criterionScores: {}
                legacy: {before: 2018, organizations: {}, members: {}}
                """);
        assertThatThrownBy(() -> LevelSpellings.load(unknownMeaning))
                .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_CONFIGURATION)
                .hasMessageContaining("mục \"spellings[0].meaning\" có nghĩa \"GREAT\"");
        Path criterionEverywhere = directory.resolve("criterion.yaml");
        Files.writeString(criterionEverywhere, """
                spellings:
                  - meaning: GOOD
                    texts: [Tốt]
                criterionScores: {GOOD: [Tốt]}
                legacy: {before: 2018, organizations: {}, members: {}}
                """);
        assertThatThrownBy(() -> LevelSpellings.load(criterionEverywhere))
                .hasMessageContaining("cách viết \"Tốt\" cũng là mức chấm tiêu chí");
    }

    @Test
    void rejectsMalformedYamlNamingTheFile(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("broken.yaml");
        Files.writeString(file, "spellings: [\n  - meaning: GOOD\n");
        assertThatThrownBy(() -> LevelSpellings.load(file))
                .isInstanceOf(DanhgiaException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_CONFIGURATION)
                .hasMessageStartingWith("Tệp cách viết mức xếp loại \"" + file + "\" không hợp lệ: lỗi cú pháp YAML");
    }
}
