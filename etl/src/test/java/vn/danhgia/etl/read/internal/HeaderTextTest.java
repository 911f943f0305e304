package vn.danhgia.etl.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danhgia.core.text.VietnameseText;

class HeaderTextTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Hồ Đình Thắng",
                "  Dương  Thị  Lan ",
                "Đỗ Hữu Quân",
                "LÝ KIM HÀ",
                "01533429",
                "a\u00A0b",
                "x ",
                " x",
                "tab\there",
                "line\nbreak",
                "zero\u200Bwidth",
                "\uFEFFbom",
                "Hoàn thành tốt nhiệm vụ",
                "✓"
            })
    void cleansExactlyAsCoreDoes(String text) {
        assertThat(HeaderText.clean(text)).isEqualTo(VietnameseText.clean(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tổ chức đảng / cá nhân", "TỔ CHỨC ĐẢNG/CÁ NHÂN", "to chuc dang - ca nhan:"})
    void keysIgnoreCaseDiacriticsAndPunctuation(String header) {
        assertThat(HeaderText.key(header)).isEqualTo("to chuc dang ca nhan");
    }
}
