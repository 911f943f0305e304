package vn.danhgia.core.unit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text normalization for matching unit names and registry words: NFC, whitespace collapsed, and a
 * folded form without diacritics.
 */
// replace with VietnameseText.fold once core.text lands
final class Folding {
    /** Any Unicode space, including NBSP and the other spaces Java's \s does not know. */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    /** Zero-width characters Word and Excel leave inside words: removed, not turned into spaces. */
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]");

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private Folding() {}

    /** NFC, trimmed, every run of whitespace turned into one space. */
    static String clean(String text) {
        String composed = ZERO_WIDTH
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFC))
                .replaceAll("");
        return WHITESPACE.matcher(composed).replaceAll(" ").strip();
    }

    /** The form used for matching: cleaned, diacritics removed, đ/Đ to d, lower case. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return stripped.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
