package vn.danhgia.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

/** VNI text as the VNI-Times fonts store it, read and written. */
class VniCharsetTest {
    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void decodesLettersWrittenAsBaseAndMarkBytes() {
        assertThat(TextEncoding.VNI.decode(latin1("Hoï vaø teân, Vieät Nam, Ñaûng uûy xaõ Ñoâng Laâm")))
                .isEqualTo("Họ và tên, Việt Nam, Đảng ủy xã Đông Lâm");
        assertThat(TextEncoding.VNI.decode(latin1("Löông Vaên Thoï, Traàn Thò Myõ, Nguyeãn Hoàng Quyù")))
                .isEqualTo("Lương Văn Thọ, Trần Thị Mỹ, Nguyễn Hồng Quý");
        assertThat(TextEncoding.VNI.decode(latin1("CHI BOÄ TRÖÔØNG THPT ÑOAØI SÔN, HOAØN THAØNH TOÁT NHIEÄM VUÏ")))
                .isEqualTo("CHI BỘ TRƯỜNG THPT ĐOÀI SƠN, HOÀN THÀNH TỐT NHIỆM VỤ");
        assertThat(TextEncoding.VNI.decode(
                        latin1("khaéc phuïc, naêm, ñeà nghò, kyû luaät, hieäu tröôûng, ñöôïc, yù kieán")))
                .isEqualTo("khắc phục, năm, đề nghị, kỷ luật, hiệu trưởng, được, ý kiến");
    }

    @Test
    void writesWhatItReads() {
        String text = "Ắ Ằ Ẳ Ẵ Ặ ấ ầ ẩ ẫ ậ Ế Ề Ể Ễ Ệ ố ồ ổ ỗ ộ Ớ Ờ Ở Ỡ Ợ ứ ừ ử ữ ự Í Ì Ỉ Ĩ Ị ý ỳ ỷ ỹ ỵ Đ đ";
        byte[] bytes = TextEncoding.VNI.encode(text);
        assertThat(TextEncoding.VNI.decode(bytes)).isEqualTo(text);
        assertThat(TextEncoding.VNI.encode("Việt")).isEqualTo(latin1("Vieät"));
        assertThat(TextEncoding.VNI.encode("Ưng Đức")).isEqualTo(latin1("Öng Ñöùc"));
    }

    @Test
    void refusesCharactersItCannotWrite() {
        assertThatThrownBy(() -> TextEncoding.VNI.encode("Müller"))
                .isInstanceOfSatisfying(
                        DanhgiaException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNMAPPABLE_CHARACTER));
    }

    @Test
    void isDetectedAmongTheLegacyEncodings() {
        byte[] bytes = latin1("STT,Hoï vaø teân,Naêm sinh,Chi boä ñeà nghò,Ñaûng uûy quyeát ñònh\r\n"
                + "1,Löông Vaên Thoï,1972,HTTNV,HTTNV\r\n2,Ñoaøn Thò Myõ,1980,HTXSNV,HTXSNV\r\n");
        DecodedText decoded = EncodingDetector.decode(bytes);
        assertThat(decoded.encoding()).isEqualTo(TextEncoding.VNI);
        assertThat(decoded.text()).startsWith("STT,Họ và tên,Năm sinh,Chi bộ đề nghị,Đảng ủy quyết định\r\n");
        assertThat(TextEncoding.fromCode("VNI-Times")).contains(TextEncoding.VNI);
    }
}
