package vn.danhgia.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseLikenessTest {
    @Test
    void scoresFrequentSyllablesDoubleAndOthersOnce() {
        assertThat(VietnameseLikeness.score("tốt")).isEqualTo(2);
        assertThat(VietnameseLikeness.score("Huỳnh")).isEqualTo(2);
        assertThat(VietnameseLikeness.score("khuếch")).isEqualTo(1);
    }

    @Test
    void penalizesMisreadWordsAndSymbols() {
        assertThat(VietnameseLikeness.score("Tªn")).isEqualTo(-1); // TCVN3 "Tên" read as Windows-1258
        // TCVN3 "Đảng": § and ¶ are punctuation in Unicode, µ (TCVN3 "à") a letter of no Vietnamese word
        assertThat(VietnameseLikeness.score("§¶ng")).isEqualTo(-2);
        assertThat(VietnameseLikeness.score("hoµn")).isEqualTo(-1);
        assertThat(VietnameseLikeness.score("vỔ")).isEqualTo(-1); // Windows-1258 "và" read as TCVN3
        assertThat(VietnameseLikeness.score("a\u0001b\u0085")).isEqualTo(-4);
    }

    @Test
    void leavesAsciiAndAbbreviationsNeutral() {
        assertThat(VietnameseLikeness.score("STT, Ho ten; 18/06/2024")).isZero();
        assertThat(VietnameseLikeness.score("73-QĐ/UBKT HĐND")).isZero();
        assertThat(VietnameseLikeness.score("\u00A0\t\r\n")).isZero();
    }
}
