package vn.danhgia.etl.read.internal;

import java.util.List;
import java.util.regex.Pattern;
import vn.danhgia.core.text.VietnameseText;

/**
 * Text as the readers compare it. {@link #clean} is what a raw value becomes (core's
 * {@link VietnameseText#clean}: NFC, trimmed, every run of Unicode whitespace one space); {@link #key} is
 * what header and marker matching compares ({@link VietnameseText#fold}, with punctuation as spaces).
 */
public final class HeaderText {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}%]+");

    private HeaderText() {}

    /** NFC, trimmed, whitespace runs (NBSP and zero-width spaces included) collapsed to one space. */
    public static String clean(String text) {
        return VietnameseText.clean(text);
    }

    /** Clean, without diacritics, đ as d, lower case. */
    public static String fold(String text) {
        return VietnameseText.fold(text);
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
