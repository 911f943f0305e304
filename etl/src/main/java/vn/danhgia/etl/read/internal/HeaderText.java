package vn.danhgia.etl.read.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the readers compare it. {@link #clean} is what a raw value becomes (NFC, trimmed, every run of
 * Unicode whitespace one space); {@link #key} is what header and marker matching compares (folded, with
 * punctuation turned into spaces).
 *
 * <p>TODO(core.text): replace {@link #clean} and {@link #fold} with {@code VietnameseText.clean/fold} once
 * core.text lands on main; the behavior is the one agreed for them.
 */
public final class HeaderText {
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}%]+");

    private HeaderText() {}

    /** NFC, trimmed, whitespace runs (NBSP included) collapsed to one space. */
    public static String clean(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return WHITESPACE.matcher(nfc).replaceAll(" ").trim();
    }

    /** Clean, without diacritics, đ as d, lower case. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("");
        return stripped.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** The matching key: folded, punctuation as spaces, collapsed ('Tổ chức đảng / cá nhân' → 'to chuc dang ca nhan'). */
    public static String key(String text) {
        return NOT_WORD.matcher(fold(text)).replaceAll(" ").trim();
    }

    /** The words of a key. */
    public static List<String> words(String key) {
        return key.isEmpty() ? List.of() : List.of(key.split(" "));
    }
}
