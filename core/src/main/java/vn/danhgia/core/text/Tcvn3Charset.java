package vn.danhgia.core.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.util.Optional;

/**
 * TCVN 5712:1993 VN3, the "ABC" code of the .VnTime fonts, in which Vietnamese offices wrote files
 * until about 2017. Java has no such charset; this one follows glibc's {@code TCVN5712-1} table byte
 * for byte (the tests compare it with {@code iconv}):
 *
 * <ul>
 *   <li>0x00-0x7F are ASCII except 0x01, 0x02, 0x04-0x06 and 0x11-0x17, which hold capitals with tone
 *       marks (Ú Ụ Ừ Ử Ữ Ứ Ự Ỳ Ỷ Ỹ Ý Ỵ); 0x80-0xFF hold the other letters, NBSP (0xA0) and the five
 *       tone marks as combining characters (0xB0-0xB4). Every byte decodes.
 *   <li>The decoder maps byte to char and does not compose a letter with a following combining tone
 *       mark; {@link TextEncoding#TCVN3} normalizes to NFC, which gives the text glibc gives.
 *   <li>The encoder writes the single byte of a letter when the table has it (all 134 Vietnamese
 *       letters with and without tones, đ and Đ, ASCII except the C0 controls listed above), and
 *       otherwise, like glibc, letter + combining tone mark when the character is a letter the table
 *       has with one tone mark (ñ → n + 0xB2). Anything else (€, ü, the C0 controls whose byte holds a
 *       letter, characters outside the BMP) is reported as unmappable, and a lone surrogate as
 *       malformed, through {@link CoderResult}, so a strict encoder fails and a replacing one writes
 *       {@code ?}.
 * </ul>
 *
 * <p>The .VnTimeH fonts showed the same bytes as capitals; that is a font effect no decoder can see, so
 * such text decodes to lower case, as it does with iconv.
 *
 * <p>The charset is not registered with {@link Charset#forName}; use {@link #INSTANCE}.
 */
public final class Tcvn3Charset extends Charset {
    public static final Tcvn3Charset INSTANCE = new Tcvn3Charset();

    private static final char[] BYTE_TO_CHAR = byteToChar();
    private static final byte[] CHAR_TO_BYTE = charToByte(); // index: char, value: byte; 0 = none
    private static final char LAST_MAPPED_CHAR = '\u1EF9';

    private Tcvn3Charset() {
        super("TCVN3", new String[] {"TCVN5712-1", "ABC"});
    }

    @Override
    public boolean contains(Charset charset) {
        return charset instanceof Tcvn3Charset;
    }

    @Override
    public CharsetDecoder newDecoder() {
        return new Decoder(this);
    }

    @Override
    public CharsetEncoder newEncoder() {
        return new Encoder(this);
    }

    /** The byte of a character, when the table has it (U+0000 maps to 0x00). */
    static Optional<Byte> byteOf(char character) {
        if (character == 0) {
            return Optional.of((byte) 0);
        }
        if (character > LAST_MAPPED_CHAR || CHAR_TO_BYTE[character] == 0) {
            return Optional.empty();
        }
        return Optional.of(CHAR_TO_BYTE[character]);
    }

    private static final class Decoder extends CharsetDecoder {
        Decoder(Charset charset) {
            super(charset, 1.0f, 1.0f);
        }

        @Override
        protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
            while (in.hasRemaining()) {
                if (!out.hasRemaining()) {
                    return CoderResult.OVERFLOW;
                }
                out.put(BYTE_TO_CHAR[in.get() & 0xFF]);
            }
            return CoderResult.UNDERFLOW;
        }
    }

    private static final class Encoder extends CharsetEncoder {
        Encoder(Charset charset) {
            super(charset, 1.0f, 2.0f, new byte[] {'?'});
        }

        @Override
        protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
            while (in.hasRemaining()) {
                char character = in.get();
                Optional<Byte> single = byteOf(character);
                if (single.isPresent()) {
                    if (!out.hasRemaining()) {
                        in.position(in.position() - 1);
                        return CoderResult.OVERFLOW;
                    }
                    out.put(single.get());
                    continue;
                }
                CoderResult failure = encodeDecomposed(character, in, out);
                if (failure != null) {
                    return failure;
                }
            }
            return CoderResult.UNDERFLOW;
        }

        // Writes letter + tone mark; returns null when written, else the result to report (the
        // offending char put back in the input, as CharsetEncoder expects).
        private static CoderResult encodeDecomposed(char character, CharBuffer in, ByteBuffer out) {
            if (Character.isSurrogate(character)) {
                return surrogateResult(character, in);
            }
            Optional<byte[]> pair = ToneMarks.split(character).flatMap(split -> byteOf(split.letter())
                    .flatMap(letter -> byteOf(split.tone()).map(tone -> new byte[] {letter, tone})));
            in.position(in.position() - 1);
            if (pair.isEmpty()) {
                return CoderResult.unmappableForLength(1);
            }
            if (out.remaining() < 2) {
                return CoderResult.OVERFLOW;
            }
            out.put(pair.get());
            in.position(in.position() + 1);
            return null;
        }

        private static CoderResult surrogateResult(char character, CharBuffer in) {
            if (Character.isHighSurrogate(character)) {
                if (!in.hasRemaining()) {
                    in.position(in.position() - 1);
                    return CoderResult.UNDERFLOW; // wait for the low surrogate
                }
                boolean paired = Character.isLowSurrogate(in.get(in.position()));
                in.position(in.position() - 1);
                return paired ? CoderResult.unmappableForLength(2) : CoderResult.malformedForLength(1);
            }
            in.position(in.position() - 1);
            return CoderResult.malformedForLength(1);
        }
    }

    private static char[] byteToChar() {
        char[] table = new char[256];
        for (int value = 0; value < 0x80; value++) {
            table[value] = (char) value;
        }
        String capitalsInControls = "\u0001\u00DA\u0002\u1EE4\u0004\u1EEA\u0005\u1EEC\u0006\u1EEE"
                + "\u0011\u1EE8\u0012\u1EF0\u0013\u1EF2\u0014\u1EF6\u0015\u1EF8\u0016\u00DD\u0017\u1EF4";
        for (int index = 0; index < capitalsInControls.length(); index += 2) {
            table[capitalsInControls.charAt(index)] = capitalsInControls.charAt(index + 1);
        }
        String high = ""
                + "\u00C0\u1EA2\u00C3\u00C1\u1EA0\u1EB6\u1EAC\u00C8" // 0x80
                + "\u1EBA\u1EBC\u00C9\u1EB8\u1EC6\u00CC\u1EC8\u0128" // 0x88
                + "\u00CD\u1ECA\u00D2\u1ECE\u00D5\u00D3\u1ECC\u1ED8" // 0x90
                + "\u1EDC\u1EDE\u1EE0\u1EDA\u1EE2\u00D9\u1EE6\u0168" // 0x98
                + "\u00A0\u0102\u00C2\u00CA\u00D4\u01A0\u01AF\u0110" // 0xA0
                + "\u0103\u00E2\u00EA\u00F4\u01A1\u01B0\u0111\u1EB0" // 0xA8
                + "\u0300\u0309\u0303\u0301\u0323\u00E0\u1EA3\u00E3" // 0xB0
                + "\u00E1\u1EA1\u1EB2\u1EB1\u1EB3\u1EB5\u1EAF\u1EB4" // 0xB8
                + "\u1EAE\u1EA6\u1EA8\u1EAA\u1EA4\u1EC0\u1EB7\u1EA7" // 0xC0
                + "\u1EA9\u1EAB\u1EA5\u1EAD\u00E8\u1EC2\u1EBB\u1EBD" // 0xC8
                + "\u00E9\u1EB9\u1EC1\u1EC3\u1EC5\u1EBF\u1EC7\u00EC" // 0xD0
                + "\u1EC9\u1EC4\u1EBE\u1ED2\u0129\u00ED\u1ECB\u00F2" // 0xD8
                + "\u1ED4\u1ECF\u00F5\u00F3\u1ECD\u1ED3\u1ED5\u1ED7" // 0xE0
                + "\u1ED1\u1ED9\u1EDD\u1EDF\u1EE1\u1EDB\u1EE3\u00F9" // 0xE8
                + "\u1ED6\u1EE7\u0169\u00FA\u1EE5\u1EEB\u1EED\u1EEF" // 0xF0
                + "\u1EE9\u1EF1\u1EF3\u1EF7\u1EF9\u00FD\u1EF5\u1ED0"; // 0xF8
        high.getChars(0, 0x80, table, 0x80);
        return table;
    }

    private static byte[] charToByte() {
        byte[] table = new byte[LAST_MAPPED_CHAR + 1];
        for (int value = 1; value < 256; value++) {
            table[BYTE_TO_CHAR[value]] = (byte) value;
        }
        return table;
    }
}
