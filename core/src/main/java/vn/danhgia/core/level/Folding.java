package vn.danhgia.core.level;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds Vietnamese text for matching spellings. */
// replace with VietnameseText.fold once core.text lands
final class Folding {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");

    private Folding() {}

    /** Diacritics removed, đ → d, lower case, all Unicode whitespace collapsed: "HT  Tốt NV " → "ht tot nv". */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        String plain = bare.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return SPACES.matcher(plain).replaceAll(" ").strip();
    }

    /**
     * The matching key: the folded text with everything but a-z and 0-9 removed, so spaces, dots and
     * commas do not matter ("K.HTNV", "K HTNV" → "khtnv") while words still must match whole.
     */
    static String key(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(fold(text)).replaceAll("");
    }
}
