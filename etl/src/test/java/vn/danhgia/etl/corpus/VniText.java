package vn.danhgia.etl.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes text as the VNI fonts (VNI-Times) store it: a base letter followed by a Latin-1 byte for its
 * marks ('Việt' → 'Vieät'), a few letters in one byte (ơ ô, ư ö, đ ñ, the i's). Only for writing the test
 * corpus: the reader has no VNI decoder.
 */
final class VniText {
    private static final String TONES = "\u0301\u0300\u0309\u0303\u0323"; // acute grave hook tilde dot
    private static final Map<Character, String> LETTERS = letters();

    private VniText() {}

    static byte[] encode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (int index = 0; index < nfc.length(); index++) {
            char character = nfc.charAt(index);
            String bytes = character < 0x80 ? String.valueOf(character) : LETTERS.get(character);
            if (bytes == null) {
                throw new IllegalArgumentException("No VNI form for '" + character + "' in: " + text);
            }
            out.writeBytes(bytes.getBytes(StandardCharsets.ISO_8859_1));
        }
        return out.toByteArray();
    }

    private static Map<Character, String> letters() {
        Map<Character, String> letters = new HashMap<>();
        for (String base : new String[] {"a", "e", "o", "u", "y"}) {
            add(letters, base, "", "", "ùøûõï");
        }
        add(letters, "a", "\u0306", "ê", "éèúüë"); // ă
        for (String base : new String[] {"a", "e", "o"}) {
            add(letters, base, "\u0302", "â", "áàåãä"); // â ê ô
        }
        add(letters, "o", "\u031B", "ô", "ùøûõï"); // ơ: one byte, then the tone
        add(letters, "u", "\u031B", "ö", "ùøûõï"); // ư
        putBoth(letters, 'í', "í");
        putBoth(letters, 'ì', "ì");
        putBoth(letters, 'ỉ', "æ");
        putBoth(letters, 'ĩ', "ó");
        putBoth(letters, 'ị', "ò");
        putBoth(letters, 'ỵ', "î");
        putBoth(letters, 'đ', "ñ");
        return letters;
    }

    /** The letter with a shape mark (or none), alone and with each tone; horn letters replace the base. */
    private static void add(
            Map<Character, String> letters, String base, String shape, String shapeBytes, String toneBytes) {
        boolean horn = shape.equals("\u031B");
        String plain = horn ? shapeBytes : base + shapeBytes;
        if (!shape.isEmpty()) {
            putBoth(letters, compose(base + shape), plain);
        }
        String toneBase = horn ? shapeBytes : base;
        for (int tone = 0; tone < TONES.length(); tone++) {
            char letter = compose(base + shape + TONES.charAt(tone));
            if (letter == 'ỵ') {
                continue; // one byte, added apart
            }
            String bytes = shape.isEmpty() || horn ? toneBase + toneBytes.charAt(tone) : base + toneBytes.charAt(tone);
            putBoth(letters, letter, bytes);
        }
    }

    private static char compose(String decomposed) {
        String composed = Normalizer.normalize(decomposed, Normalizer.Form.NFC);
        if (composed.length() != 1) {
            throw new IllegalStateException("Not one letter: " + decomposed);
        }
        return composed.charAt(0);
    }

    private static void putBoth(Map<Character, String> letters, char lower, String bytes) {
        letters.put(lower, bytes);
        letters.put(Character.toUpperCase(lower), bytes.toUpperCase(java.util.Locale.ROOT));
    }
}
