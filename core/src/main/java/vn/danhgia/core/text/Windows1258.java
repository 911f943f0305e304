package vn.danhgia.core.text;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Optional;

/**
 * Windows-1258, the Vietnamese ANSI code page. It has the letters ă â ê ô ơ ư đ (and capitals) and a
 * few letters with tones (à á è é í ó ú ù ...), and writes every other toned letter as letter + one of
 * five combining tone marks. Java's "windows-1258" maps code points one to one, so before encoding we
 * rewrite NFC text into that form, exactly as glibc iconv does: a character the code page has stays,
 * any other toned character becomes its toneless letter + tone mark.
 */
final class Windows1258 {
    static final Charset CHARSET = Charset.forName("windows-1258");

    private Windows1258() {}

    /**
     * The text with each character the code page lacks replaced by letter + combining tone mark where
     * both exist in the code page; characters that cannot be written are left for the encoder to report.
     */
    static String toCodePageForm(String text) {
        CharsetEncoder encoder = CHARSET.newEncoder();
        StringBuilder form = new StringBuilder(text.length() + 16);
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (Character.isSurrogate(character) || encoder.canEncode(character)) {
                form.append(character);
                continue;
            }
            Optional<ToneMarks.Split> split = ToneMarks.split(character)
                    .filter(s -> encoder.canEncode(s.letter()) && encoder.canEncode(s.tone()));
            if (split.isPresent()) {
                form.append(split.get().letter()).append(split.get().tone());
            } else {
                form.append(character);
            }
        }
        return form.toString();
    }
}
