package vn.danhgia.core.level;

import java.util.regex.Pattern;
import vn.danhgia.core.text.VietnameseText;

/** The matching key of a level spelling: folded text with everything but a-z and 0-9 removed. */
final class Folding {
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");

    private Folding() {}

    static String fold(String text) {
        return VietnameseText.fold(text);
    }

    /** "HT XS NV", "HT.XS.NV" and "HTXS NV" share one key; SQL's dg_key(value) computes the same. */
    static String key(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(fold(text)).replaceAll("");
    }
}
