package vn.danhgia.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

class Windows1258Test {
    private static final String GLIBC_NAME = "WINDOWS-1258";

    @Test
    void encodesEveryLetterAsIconvDoes() {
        String text = String.join("\n", VietnameseLetters.all());

        byte[] expected = Iconv.convert(text.getBytes(StandardCharsets.UTF_8), "UTF-8", GLIBC_NAME);

        assertThat(TextEncoding.WINDOWS_1258.encode(text)).isEqualTo(expected);
    }

    @Test
    void encodesNfdTextLikeItsNfcForm() {
        String nfd = Normalizer.normalize("Hoàn thành tốt nhiệm vụ", Normalizer.Form.NFD);

        assertThat(TextEncoding.WINDOWS_1258.encode(nfd))
                .isEqualTo(
                        Iconv.convert("Hoàn thành tốt nhiệm vụ".getBytes(StandardCharsets.UTF_8), "UTF-8", GLIBC_NAME));
    }

    @Test
    void writesTonesAsCombiningMarksWhereTheCodePageLacksTheLetter() {
        assertThat(TextEncoding.WINDOWS_1258.encode("ặ ý à"))
                .isEqualTo(new byte[] {(byte) 0xE3, (byte) 0xF2, ' ', 'y', (byte) 0xEC, ' ', (byte) 0xE0});
    }

    @Test
    void decodesIconvOutputOfEveryLetterToNfc() {
        String text = String.join("\n", VietnameseLetters.all());
        byte[] encoded = Iconv.convert(text.getBytes(StandardCharsets.UTF_8), "UTF-8", GLIBC_NAME);

        assertThat(TextEncoding.WINDOWS_1258.decode(encoded)).isEqualTo(text);
    }

    @Test
    void decodesEveryByteAsIconvDoesAndRejectsTheBytesIconvRejects() {
        for (int value = 0x80; value < 0x100; value++) {
            byte[] input = {'a', (byte) value};
            Iconv.Result iconv = Iconv.run(input, GLIBC_NAME, "UTF-8");
            if (iconv.succeeded()) {
                String expected =
                        Normalizer.normalize(new String(iconv.output(), StandardCharsets.UTF_8), Normalizer.Form.NFC);
                assertThat(TextEncoding.WINDOWS_1258.decode(input))
                        .as("byte 0x%02X", value)
                        .isEqualTo(expected);
            } else {
                assertThatThrownBy(() -> TextEncoding.WINDOWS_1258.decode(input))
                        .as("byte 0x%02X", value)
                        .isInstanceOfSatisfying(DanhgiaException.class, e -> assertThat(e.code())
                                .isEqualTo(ErrorCode.UNREADABLE_FILE));
            }
        }
    }

    @Test
    void namesTheByteItCannotRead() {
        assertThatThrownBy(() -> TextEncoding.WINDOWS_1258.decode(new byte[] {'a', 'b', (byte) 0x81}))
                .hasMessage("Nội dung không đọc được theo bảng mã Windows-1258: byte 0x81 ở vị trí 2 (tính từ 0)"
                        + " không có trong bảng mã này. Hãy mở tệp bằng phần mềm đã tạo ra nó và lưu lại với"
                        + " bảng mã UTF-8, rồi nạp lại.");
    }

    @Test
    void reportsCharactersTheCodePageLacksLikeIconv() {
        for (String character : List.of("ŵ", "ȁ", "😀")) {
            assertThat(Iconv.run(character.getBytes(StandardCharsets.UTF_8), "UTF-8", GLIBC_NAME)
                            .succeeded())
                    .isFalse();
            assertThatThrownBy(() -> TextEncoding.WINDOWS_1258.encode(character))
                    .isInstanceOfSatisfying(DanhgiaException.class, e -> assertThat(e.code())
                            .isEqualTo(ErrorCode.UNMAPPABLE_CHARACTER));
        }
    }
}
