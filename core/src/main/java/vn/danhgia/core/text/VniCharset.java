package vn.danhgia.core.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * VNI Windows, the code of the VNI-Times fonts that many offices used beside TCVN3: a Vietnamese letter is
 * its base letter followed by one Latin-1 byte for its marks ('Việt' is stored 'Vieät': e, then ä for
 * circumflex and dot below); ơ, ư, đ, the five i's and ỵ have a byte of their own (ô, ö, ñ, í ì æ ó ò, î).
 * Capitals use the capital forms of the same bytes. Bytes are read as Windows-1252 shows them.
 *
 * <ul>
 *   <li>The decoder turns each mark byte into combining characters (ä → U+0302 U+0323) without looking at
 *       the letter before it; {@link TextEncoding#VNI} normalizes to NFC, which composes the letters. The
 *       five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are malformed.
 *   <li>The encoder writes ASCII and the Vietnamese letters (after NFC); any other character, the Latin-1
 *       letters VNI uses as marks among them, is unmappable.
 * </ul>
 *
 * <p>The charset is not registered with {@link Charset#forName}; use {@link #INSTANCE}.
 */
public final class VniCharset extends Charset {
    public static final VniCharset INSTANCE = new VniCharset();

    private static final String[] BYTE_TO_TEXT = byteToText();
    private static final Map<Character, byte[]> LETTER_TO_BYTES = letterToBytes();

    private VniCharset() {
        super("x-VNI", new String[] {"VNI-Windows"});
    }

    @Override
    public boolean contains(Charset charset) {
        return charset instanceof VniCharset;
    }

    @Override
    public CharsetDecoder newDecoder() {
        return new Decoder(this);
    }

    @Override
    public CharsetEncoder newEncoder() {
        return new Encoder(this);
    }

    private static final class Decoder extends CharsetDecoder {
        Decoder(Charset charset) {
            super(charset, 1.0f, 2.0f);
        }

        @Override
        protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
            while (in.hasRemaining()) {
                int value = in.get(in.position()) & 0xFF;
                String text = BYTE_TO_TEXT[value];
                if (text == null) {
                    return CoderResult.malformedForLength(1);
                }
                if (out.remaining() < text.length()) {
                    return CoderResult.OVERFLOW;
                }
                in.get();
                out.put(text);
            }
            return CoderResult.UNDERFLOW;
        }
    }

    private static final class Encoder extends CharsetEncoder {
        Encoder(Charset charset) {
            super(charset, 1.1f, 2.0f, new byte[] {'?'});
        }

        @Override
        protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
            while (in.hasRemaining()) {
                char character = in.get(in.position());
                byte[] bytes = character < 0x80 ? new byte[] {(byte) character} : LETTER_TO_BYTES.get(character);
                if (bytes == null) {
                    return Character.isSurrogate(character)
                            ? CoderResult.malformedForLength(1)
                            : CoderResult.unmappableForLength(1);
                }
                if (out.remaining() < bytes.length) {
                    return CoderResult.OVERFLOW;
                }
                in.get();
                out.put(bytes);
            }
            return CoderResult.UNDERFLOW;
        }
    }

    /** Windows-1252's text of each byte, with VNI's mark bytes as combining marks and its letter bytes. */
    private static String[] byteToText() {
        String[] table = new String[256];
        Charset windows1252 = Charset.forName("windows-1252");
        for (int value = 0; value < 256; value++) {
            String text = new String(new byte[] {(byte) value}, windows1252);
            table[value] = value >= 0x80 && text.equals("\uFFFD") ? null : text;
        }
        // shape marks (circumflex, breve), alone and with each tone
        mark(table, 'â', "\u0302");
        mark(table, 'á', "\u0302\u0301");
        mark(table, 'à', "\u0302\u0300");
        mark(table, 'å', "\u0302\u0309");
        mark(table, 'ã', "\u0302\u0303");
        mark(table, 'ä', "\u0302\u0323");
        mark(table, 'ê', "\u0306");
        mark(table, 'é', "\u0306\u0301");
        mark(table, 'è', "\u0306\u0300");
        mark(table, 'ú', "\u0306\u0309");
        mark(table, 'ü', "\u0306\u0303");
        mark(table, 'ë', "\u0306\u0323");
        // tones alone
        mark(table, 'ù', "\u0301");
        mark(table, 'ø', "\u0300");
        mark(table, 'û', "\u0309");
        mark(table, 'õ', "\u0303");
        mark(table, 'ï', "\u0323");
        // letters of their own
        mark(table, 'ô', "ơ");
        mark(table, 'ö', "ư");
        mark(table, 'ñ', "đ");
        mark(table, 'í', "í");
        mark(table, 'ì', "ì");
        mark(table, 'æ', "ỉ");
        mark(table, 'ó', "ĩ");
        mark(table, 'ò', "ị");
        mark(table, 'î', "ỵ");
        return table;
    }

    /** The lower-case byte and its capital byte, decoding to the text and its capital. */
    private static void mark(String[] table, char lowerByte, String text) {
        table[lowerByte] = text;
        table[Character.toUpperCase(lowerByte)] = text.toUpperCase(Locale.ROOT);
    }

    /** Each Vietnamese letter (NFC, both cases) with its VNI bytes: the inverse of the decoder on letters. */
    private static Map<Character, byte[]> letterToBytes() {
        Map<Character, byte[]> letters = new HashMap<>();
        for (int value = 0x80; value < 256; value++) {
            String text = BYTE_TO_TEXT[value];
            if (text != null && Character.isLetter(text.charAt(0)) && text.length() == 1 && isOwnLetter(text)) {
                letters.put(text.charAt(0), new byte[] {(byte) value});
            }
        }
        for (char base : "aeiouyAEIOUYơưƠƯ".toCharArray()) {
            for (int value = 0x80; value < 256; value++) {
                String marks = BYTE_TO_TEXT[value];
                if (marks == null || !isMarks(marks)) {
                    continue;
                }
                String composed = Normalizer.normalize(base + marks, Normalizer.Form.NFC);
                if (composed.length() != 1 || Character.isUpperCase(base) != Character.isUpperCase(value)) {
                    continue;
                }
                byte[] baseBytes = base < 0x80 ? new byte[] {(byte) base} : letters.get(base);
                byte[] bytes = new byte[baseBytes.length + 1];
                System.arraycopy(baseBytes, 0, bytes, 0, baseBytes.length);
                bytes[baseBytes.length] = (byte) value;
                letters.putIfAbsent(composed.charAt(0), bytes);
            }
        }
        return Map.copyOf(letters);
    }

    private static boolean isOwnLetter(String text) {
        return "ơưđíìỉĩịỵƠƯĐÍÌỈĨỊỴ".contains(text);
    }

    private static boolean isMarks(String text) {
        return text.chars().allMatch(character -> character >= 0x0300 && character <= 0x036F);
    }
}
