package vn.danhgia.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The Vietnamese alphabet as test data: every vowel with every tone, đ, and the ASCII letters. */
final class VietnameseLetters {
    private static final String VOWELS = "aăâeêioôơuưy";
    private static final String TONES = "\u0300\u0309\u0303\u0301\u0323";

    private VietnameseLetters() {}

    /** The 134 letters with diacritics: 67 small (vowels with tones, ă â ê ô ơ ư, đ) and their capitals. */
    static List<String> withDiacritics() {
        return all().stream().filter(letter -> letter.charAt(0) >= 0x80).toList();
    }

    /** Every letter written in Vietnamese text, with and without diacritics, plus the ASCII letters. */
    static List<String> all() {
        Set<String> small = new LinkedHashSet<>();
        for (char vowel : VOWELS.toCharArray()) {
            small.add(String.valueOf(vowel));
            for (char tone : TONES.toCharArray()) {
                small.add(Normalizer.normalize(vowel + String.valueOf(tone), Normalizer.Form.NFC));
            }
        }
        small.add("đ");
        for (char ascii = 'a'; ascii <= 'z'; ascii++) {
            small.add(String.valueOf(ascii));
        }
        List<String> letters = new ArrayList<>(small);
        small.forEach(letter -> letters.add(letter.toUpperCase(Locale.ROOT)));
        return List.copyOf(letters);
    }
}
