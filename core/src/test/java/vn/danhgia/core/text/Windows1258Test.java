package vn.danhgia.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
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
        // One line "a" + byte per byte; iconv -c leaves just "a" where it has no character for the byte.
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        for (int value = 0x80; value < 0x100; value++) {
            input.write('a');
            input.write(value);
            input.write('\n');
        }
        String[] expected = new String(
                        Iconv.convertDroppingInvalid(input.toByteArray(), GLIBC_NAME, "UTF-8"), StandardCharsets.UTF_8)
                .split("\n", -1);

        for (int value = 0x80; value < 0x100; value++) {
            byte[] bytes = {'a', (byte) value};
            String line = expected[value - 0x80];
            if (line.equals("a")) {
                assertThatThrownBy(() -> TextEncoding.WINDOWS_1258.decode(bytes))
                        .as("byte 0x%02X", value)
                        .isInstanceOfSatisfying(DanhgiaException.class, e -> assertThat(e.code())
                                .isEqualTo(ErrorCode.UNREADABLE_FILE));
            } else {
                assertThat(TextEncoding.WINDOWS_1258.decode(bytes))
                        .as("byte 0x%02X", value)
                        .isEqualTo(Normalizer.normalize(line, Normalizer.Form.NFC));
            }
        }
        assertThat(Iconv.run(new byte[] {(byte) 0x81}, GLIBC_NAME, "UTF-8").succeeded())
                .isFalse();
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
