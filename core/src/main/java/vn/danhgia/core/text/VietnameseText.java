package vn.danhgia.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * Normal forms of Vietnamese text. Files arrive in NFC and NFD (Windows-1258 and macOS write tone
 * marks as combining characters), with non-breaking and zero-width spaces pasted from the web and
 * Word, so every value is cleaned before it is compared or stored.
 */
public final class VietnameseText {
    private VietnameseText() {}

    /** The text in Unicode NFC, the one form stored in the warehouse. */
    public static String nfc(String text) {
        Objects.requireNonNull(text, "text");
        return Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * NFC, trimmed, with every run of Unicode whitespace (tabs, line breaks, NBSP, the zero-width
     * spaces and the byte order mark) replaced by one ordinary space.
     */
    public static String clean(String text) {
        String normalized = nfc(text);
        StringBuilder cleaned = new StringBuilder(normalized.length());
        boolean pendingSpace = false;
        for (int index = 0; index < normalized.length(); ) {
            int codePoint = normalized.codePointAt(index);
            index += Character.charCount(codePoint);
            if (isSpace(codePoint)) {
                pendingSpace = cleaned.length() > 0;
                continue;
            }
            if (pendingSpace) {
                cleaned.append(' ');
                pendingSpace = false;
            }
            cleaned.appendCodePoint(codePoint);
        }
        return cleaned.toString();
    }

    /**
     * A key for matching names and spellings: cleaned, without diacritics (đ and Đ become d), in lower
     * case. "Hoàn  thành TỐT nhiệm vụ" and "hoan thanh tot nhiem vu" fold to the same key.
     */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int index = 0; index < decomposed.length(); ) {
            int codePoint = decomposed.codePointAt(index);
            index += Character.charCount(codePoint);
            if (Character.getType(codePoint) == Character.NON_SPACING_MARK) {
                continue;
            }
            folded.appendCodePoint(isLetterD(codePoint) ? 'd' : codePoint);
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    /** True when the text is empty or holds nothing but whitespace as {@link #clean} sees it. */
    public static boolean isBlank(String text) {
        Objects.requireNonNull(text, "text");
        return text.codePoints().allMatch(VietnameseText::isSpace);
    }

    /**
     * Whether a code point counts as a space: Java whitespace, the Unicode space separators (NBSP,
     * narrow NBSP, ideographic space...) and the invisible separators that editors leave behind.
     */
    public static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint)
                || codePoint == '\u200B' // zero width space
                || codePoint == '\u200C' // zero width non-joiner
                || codePoint == '\u200D' // zero width joiner
                || codePoint == '\u2060' // word joiner
                || codePoint == '\uFEFF' // byte order mark, zero width no-break space
                || codePoint == '\u180E'; // Mongolian vowel separator, once a space
    }

    // Đ/đ, and the look-alike Ð (eth) that legacy fonts and converters put in its place.
    private static boolean isLetterD(int codePoint) {
        return codePoint == 'đ' || codePoint == 'Đ' || codePoint == 'Ð' || codePoint == 'ð';
    }
}
