package vn.danhgia.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {
    private static final String NFC = "Hoàn thành tốt nhiệm vụ";

    @Test
    void foldsAnyFormOfALevelToOneKey() {
        String nfd = Normalizer.normalize(NFC, Normalizer.Form.NFD);

        assertThat(VietnameseText.fold(NFC)).isEqualTo("hoan thanh tot nhiem vu");
        assertThat(VietnameseText.fold(nfd)).isEqualTo("hoan thanh tot nhiem vu");
        assertThat(VietnameseText.fold("  HOÀN THÀNH   Tốt\u00A0nhiệm\tvụ ")).isEqualTo("hoan thanh tot nhiem vu");
        assertThat(VietnameseText.fold(
                        Normalizer.normalize("Hoàn\u00A0\u00A0thành tốt  NHIỆM VỤ", Normalizer.Form.NFD)))
                .isEqualTo("hoan thanh tot nhiem vu");
    }

    @Test
    void foldsDWithStrokeToD() {
        assertThat(VietnameseText.fold("Đảng ủy")).isEqualTo("dang uy");
        assertThat(VietnameseText.fold("ĐẢNG BỘ ĐÔNG LÂM")).isEqualTo("dang bo dong lam");
        assertThat(VietnameseText.fold("Ðảng ủy")).isEqualTo("dang uy"); // Ð (eth) from legacy converters
    }

    @Test
    void cleansEveryKindOfSpace() {
        assertThat(VietnameseText.clean("\u00A0 Chi bộ\u200B\u200Bthôn \u2007Bằng\uFEFF\r\n"))
                .isEqualTo("Chi bộ thôn Bằng");
        assertThat(VietnameseText.clean("Nguye\u0302\u0303n  Văn\u202FA")).isEqualTo("Nguyễn Văn A");
        assertThat(VietnameseText.clean("")).isEmpty();
    }

    @Test
    void normalizesToNfc() {
        String nfd = Normalizer.normalize(NFC, Normalizer.Form.NFD);

        assertThat(VietnameseText.nfc(nfd)).isEqualTo(NFC).hasSize(NFC.length());
        assertThat(VietnameseText.nfc(NFC)).isSameAs(NFC);
    }

    @Test
    void treatsWhitespaceOnlyTextAsBlank() {
        assertThat(VietnameseText.isBlank("")).isTrue();
        assertThat(VietnameseText.isBlank(" \u00A0\t\u200B\uFEFF")).isTrue();
        assertThat(VietnameseText.isBlank(" - ")).isFalse();
    }
}
