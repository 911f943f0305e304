package vn.danhgia.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class FoldingTest {
    @Test
    void foldsDiacriticsCaseAndDToPlainLowerCase() {
        assertThat(Folding.fold("Đảng ủy xã Đông Lâm")).isEqualTo("dang uy xa dong lam");
        assertThat(Folding.fold("ĐẢNG ỦY XÃ ĐÔNG LÂM")).isEqualTo("dang uy xa dong lam");
    }

    @Test
    void foldsDecomposedTextLikeComposedText() {
        String decomposed = Normalizer.normalize("Hòa Sơn", Normalizer.Form.NFD);
        assertThat(Folding.fold(decomposed)).isEqualTo("hoa son");
        assertThat(Folding.clean(decomposed)).isEqualTo("Hòa Sơn");
    }

    @Test
    void collapsesEveryKindOfSpaceIncludingNoBreakSpace() {
        assertThat(Folding.clean("  thị\u00A0trấn \t Phú\u2009Lạc\n")).isEqualTo("thị trấn Phú Lạc");
        assertThat(Folding.fold("thị\u00A0\u00A0trấn")).isEqualTo("thi tran");
    }

    @Test
    void removesZeroWidthCharactersInsideWords() {
        assertThat(Folding.clean("Đông\u200BLâm\uFEFF")).isEqualTo("ĐôngLâm");
    }
}
