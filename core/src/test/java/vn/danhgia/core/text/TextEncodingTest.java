package vn.danhgia.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

class TextEncodingTest {
    @Test
    void writesByteOrderMarkFirst() {
        assertThat(TextEncoding.UTF8_BOM.encode("Đ")).containsExactly(0xEF, 0xBB, 0xBF, 0xC4, 0x90);
        assertThat(TextEncoding.UTF16LE_BOM.encode("Đ")).containsExactly(0xFF, 0xFE, 0x10, 0x01);
        assertThat(TextEncoding.UTF16BE_BOM.encode("Đ")).containsExactly(0xFE, 0xFF, 0x01, 0x10);
        assertThat(TextEncoding.UTF8.encode("Đ")).containsExactly(0xC4, 0x90);
    }

    @Test
    void skipsByteOrderMarkWhenDecoding() {
        for (TextEncoding encoding : TextEncoding.values()) {
            assertThat(encoding.decode(encoding.encode("Chi bộ thôn Bằng")))
                    .as(encoding.code())
                    .isEqualTo("Chi bộ thôn Bằng");
        }
        assertThat(TextEncoding.UTF8.decode(TextEncoding.UTF8_BOM.encode("Tốt")))
                .isEqualTo("Tốt");
    }

    @Test
    void decodesToNfc() {
        byte[] nfd = "Nguye\u0302\u0303n".getBytes(StandardCharsets.UTF_8);

        assertThat(TextEncoding.UTF8.decode(nfd)).isEqualTo("Nguyễn");
    }

    @Test
    void encodesToNfc() {
        assertThat(TextEncoding.UTF8.encode("Nguye\u0302\u0303n")).isEqualTo("Nguyễn".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rejectsBytesThatAreNotUtf8() {
        assertThatThrownBy(() -> TextEncoding.UTF8.decode(new byte[] {'H', 'o', (byte) 0xB5, 'n'}))
                .isInstanceOfSatisfying(
                        DanhgiaException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNREADABLE_FILE))
                .hasMessageStartingWith("Nội dung không đọc được theo bảng mã UTF-8: byte 0xB5 ở vị trí 2");
    }

    @Test
    void rejectsLoneSurrogateWhenEncoding() {
        assertThatThrownBy(() -> TextEncoding.UTF8.encode("ab\uD800"))
                .isInstanceOfSatisfying(
                        DanhgiaException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNMAPPABLE_CHARACTER))
                .hasMessageContaining("(U+D800) ở vị trí 3 bằng bảng mã UTF-8");
    }

    @Test
    void findsEncodingByCodeOrAlias() {
        assertThat(TextEncoding.fromCode("TCVN5712-1")).contains(TextEncoding.TCVN3);
        assertThat(TextEncoding.fromCode(" abc ")).contains(TextEncoding.TCVN3);
        assertThat(TextEncoding.fromCode("CP1258")).contains(TextEncoding.WINDOWS_1258);
        assertThat(TextEncoding.fromCode("utf-8-bom")).contains(TextEncoding.UTF8_BOM);
        assertThat(TextEncoding.fromCode("latin-1")).isEqualTo(Optional.empty());
        for (TextEncoding encoding : TextEncoding.values()) {
            assertThat(TextEncoding.fromCode(encoding.code())).contains(encoding);
        }
    }

    @Test
    void hasVietnameseDisplayNames() {
        assertThat(TextEncoding.UTF8_BOM.displayName()).isEqualTo("UTF-8 có BOM");
        assertThat(TextEncoding.TCVN3.displayName()).isEqualTo("TCVN3 (ABC)");
    }
}
