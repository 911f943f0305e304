package vn.danhgia.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

class Tcvn3CharsetTest {
    private static final String GLIBC_NAME = "TCVN5712-1";

    @Test
    void decodesEveryByteAsIconvDoes() {
        // Each byte on its own line, so iconv has no letter before a combining tone mark to compose with.
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        for (int value = 0; value < 256; value++) {
            if (value != '\n') {
                lines.write(value);
                lines.write('\n');
            }
        }
        byte[] input = lines.toByteArray();

        String expected = new String(Iconv.convert(input, GLIBC_NAME, "UTF-8"), StandardCharsets.UTF_8);

        assertThat(new String(input, Tcvn3Charset.INSTANCE)).isEqualTo(expected);
        assertThat(new String(new byte[] {'\n'}, Tcvn3Charset.INSTANCE)).isEqualTo("\n");
    }

    @Test
    void encodesEveryLetterAsIconvDoes() {
        List<String> letters = VietnameseLetters.all();
        assertThat(VietnameseLetters.withDiacritics()).hasSize(134);
        String text = String.join("\n", letters);

        byte[] expected = Iconv.convert(text.getBytes(StandardCharsets.UTF_8), "UTF-8", GLIBC_NAME);

        assertThat(TextEncoding.TCVN3.encode(text)).isEqualTo(expected);
        assertThat(expected).hasSize(letters.size() * 2 - 1); // one byte a letter, all of them encodable
    }

    @Test
    void decodesIconvOutputOfEveryLetterBackToTheLetter() {
        String text = String.join("\n", VietnameseLetters.all());
        byte[] encoded = Iconv.convert(text.getBytes(StandardCharsets.UTF_8), "UTF-8", GLIBC_NAME);

        assertThat(new String(encoded, Tcvn3Charset.INSTANCE)).isEqualTo(text);
        assertThat(TextEncoding.TCVN3.decode(encoded)).isEqualTo(text);
    }

    @Test
    void writesLettersMissingFromTheTableAsLetterPlusToneMarkLikeIconv() {
        String text = "ñ Ñ ǹ ḿ ẃ ẁ";

        byte[] expected = Iconv.convert(text.getBytes(StandardCharsets.UTF_8), "UTF-8", GLIBC_NAME);

        assertThat(TextEncoding.TCVN3.encode(text)).isEqualTo(expected);
        assertThat(TextEncoding.TCVN3.decode(expected)).isEqualTo(text);
    }

    @Test
    void composesLetterAndCombiningToneMarkWhenDecodingToText() {
        byte[] bytes = {'a', (byte) 0xB0, ' ', (byte) 0xAB, (byte) 0xB3};

        assertThat(new String(bytes, Tcvn3Charset.INSTANCE)).isEqualTo("a\u0300 ô\u0301");
        assertThat(TextEncoding.TCVN3.decode(bytes))
                .isEqualTo(new String(Iconv.convert(bytes, GLIBC_NAME, "UTF-8"), StandardCharsets.UTF_8))
                .isEqualTo("à ố");
    }

    @Test
    void reportsCharactersTheTableLacksAsUnmappableLikeIconv() {
        for (String character : List.of("€", "ü", "“", "\u0001", "😀")) {
            assertThat(Iconv.run(character.getBytes(StandardCharsets.UTF_8), "UTF-8", GLIBC_NAME)
                            .succeeded())
                    .as("iconv on %s", character)
                    .isFalse();
            assertThatThrownBy(() -> Tcvn3Charset.INSTANCE.newEncoder().encode(CharBuffer.wrap(character)))
                    .as("encoder on %s", character)
                    .isInstanceOf(UnmappableCharacterException.class);
        }
    }

    @Test
    void reportsLoneSurrogateAsMalformed() {
        assertThatThrownBy(() -> Tcvn3Charset.INSTANCE.newEncoder().encode(CharBuffer.wrap("a\uD83D b")))
                .isInstanceOf(MalformedInputException.class);
    }

    @Test
    void replacingEncoderWritesQuestionMark() {
        assertThat("Giá 5€".getBytes(Tcvn3Charset.INSTANCE))
                .isEqualTo(new byte[] {'G', 'i', (byte) 0xB8, ' ', '5', '?'});
    }

    @Test
    void textEncodingNamesTheCharacterItCannotWrite() {
        assertThatThrownBy(() -> TextEncoding.TCVN3.encode("Giá 5€"))
                .isInstanceOfSatisfying(
                        DanhgiaException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNMAPPABLE_CHARACTER))
                .hasMessage("Không ghi được ký tự \"€\" (U+20AC) ở vị trí 6 bằng bảng mã TCVN3 (ABC): bảng mã"
                        + " này không có ký tự đó. Hãy ghi tệp với bảng mã UTF-8, hoặc bỏ ký tự đó.");
    }

    @Test
    void encodesThroughSmallOutputBuffers() throws CharacterCodingException {
        var encoder = Tcvn3Charset.INSTANCE.newEncoder();
        var out = java.nio.ByteBuffer.allocate(1);
        var in = CharBuffer.wrap("ñ");

        assertThat(encoder.encode(in, out, true).isOverflow()).isTrue();
        assertThat(in.position()).isZero();
        assertThat(encoder.reset().encode(CharBuffer.wrap("đảng ñ")).limit()).isEqualTo(7);
    }

    @Test
    void isNamedTcvn3WithGlibcAndFontAliases() {
        assertThat(Tcvn3Charset.INSTANCE.name()).isEqualTo("TCVN3");
        assertThat(Tcvn3Charset.INSTANCE.aliases()).containsExactlyInAnyOrder("TCVN5712-1", "ABC");
        assertThat(Tcvn3Charset.INSTANCE.canEncode()).isTrue();
        assertThat(Tcvn3Charset.INSTANCE.contains(StandardCharsets.US_ASCII)).isFalse();
    }
}
