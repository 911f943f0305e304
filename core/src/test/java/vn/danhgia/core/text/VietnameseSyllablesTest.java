package vn.danhgia.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseSyllablesTest {
    private final VietnameseSyllables syllables = VietnameseSyllables.instance();

    @Test
    void acceptsWellFormedSyllablesInAnyCase() {
        for (String word : List.of(
                "Nguyễn", "khuyết", "người", "Trường", "ĐẢNG", "gì", "giữ", "quyết", "Huỳnh", "xoong", "uỷ", "ủy",
                "ý")) {
            assertThat(syllables.isSyllable(word)).as(word).isTrue();
        }
    }

    @Test
    void rejectsWhatMisreadLegacyTextLooksLike() {
        // TCVN3 read as Windows-1258, and Windows-1258 read as TCVN3
        for (String word : List.of(
                "tªn", "hoµn", "nhiờũm", "theề", "hoổn", "éaềng", "uềy", "cafộ", "crème", "saũch", "trỏnh", "tớch",
                "tèt")) {
            assertThat(syllables.isSyllable(word)).as(word).isFalse();
        }
    }

    @Test
    void countsEveryFrequentSyllableAsASyllable() {
        for (String word : List.of("tốt", "Đảng", "TÊN", "năm")) {
            assertThat(syllables.isCommon(word)).as(word).isTrue();
        }
        assertThat(syllables.isCommon("tèt")).isFalse();
        assertThat(syllables.isCommon("tờn")).isFalse();
    }

    @Test
    void listsOnlyWellFormedSyllablesAsFrequent() throws Exception {
        String data = new String(
                VietnameseSyllables.class.getResourceAsStream("syllables.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String common = data.substring(data.indexOf("common: [") + "common: [".length(), data.lastIndexOf(']'));
        for (String word : common.replaceAll("#[^\n]*", "").split("[,\\s]+")) {
            if (!word.isEmpty()) {
                assertThat(syllables.isSyllable(word)).as(word).isTrue();
                assertThat(syllables.isCommon(word)).as(word).isTrue();
            }
        }
    }
}
