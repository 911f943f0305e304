package vn.danhgia.core.text;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The five Vietnamese tone marks as combining characters, and the split of a precomposed letter into
 * its toneless letter and tone mark. Legacy code pages that lack a precomposed letter write it as
 * letter + tone mark; glibc iconv does the same, and so do our encoders.
 */
final class ToneMarks {
    static final char GRAVE = '\u0300'; // huyền
    static final char ACUTE = '\u0301'; // sắc
    static final char TILDE = '\u0303'; // ngã
    static final char HOOK_ABOVE = '\u0309'; // hỏi
    static final char DOT_BELOW = '\u0323'; // nặng

    /** A letter without its tone, and the tone as a combining mark. */
    record Split(char letter, char tone) {}

    private ToneMarks() {}

    static boolean isToneMark(int codePoint) {
        return codePoint == GRAVE
                || codePoint == ACUTE
                || codePoint == TILDE
                || codePoint == HOOK_ABOVE
                || codePoint == DOT_BELOW;
    }

    /**
     * Splits a precomposed letter carrying exactly one tone mark, e.g. ặ into ă + dot below or ñ into
     * n + tilde; empty when the character carries no tone mark or its toneless form is not one char.
     */
    static Optional<Split> split(char character) {
        String decomposed = Normalizer.normalize(String.valueOf(character), Normalizer.Form.NFD);
        if (decomposed.length() < 2) {
            return Optional.empty();
        }
        StringBuilder rest = new StringBuilder(decomposed.length());
        char tone = 0;
        for (int index = 0; index < decomposed.length(); index++) {
            char part = decomposed.charAt(index);
            if (isToneMark(part)) {
                if (tone != 0) {
                    return Optional.empty();
                }
                tone = part;
            } else {
                rest.append(part);
            }
        }
        if (tone == 0) {
            return Optional.empty();
        }
        String letter = Normalizer.normalize(rest, Normalizer.Form.NFC);
        return letter.length() == 1 ? Optional.of(new Split(letter.charAt(0), tone)) : Optional.empty();
    }
}
