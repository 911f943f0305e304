package vn.danhgia.core.text;

/**
 * Scores how much a decoded text looks like Vietnamese, to choose between the legacy encodings. A
 * TCVN3 file read as Windows-1258 shows symbols (µ ¶ ¸ ¹ §) and words like "tªn"; a Windows-1258 file
 * read as TCVN3 shows stacked tones ("nhiờũm") and capitals inside words ("vỔ"). So:
 *
 * <ul>
 *   <li>a word (letters and marks) with a letter outside ASCII scores +1 when it is a well-formed
 *       Vietnamese syllable (+2 when it is one of the frequent syllables of {@code syllables.yaml}),
 *       -1 when not or when a capital follows a small letter inside it;
 *   <li>a character outside ASCII that is not a letter nor a space scores -1 for punctuation (curly
 *       quotes, dashes are plausible) and -2 for anything else (symbols, C1 controls, U+FFFD, a tone
 *       mark on no letter); an ASCII control other than tab, line feed, form feed, carriage return -2;
 *   <li>ASCII words, punctuation and abbreviations (capitals without a vowel: "QĐ", "HĐND") score 0.
 * </ul>
 *
 * The score is a pure function of the text, so detection is deterministic.
 */
final class VietnameseLikeness {
    private VietnameseLikeness() {}

    static int score(String text) {
        VietnameseSyllables syllables = VietnameseSyllables.instance();
        int score = 0;
        int wordStart = -1;
        for (int index = 0; index <= text.length(); ) {
            int codePoint = index < text.length() ? text.codePointAt(index) : ' ';
            if (isWordPart(codePoint)) {
                if (wordStart < 0) {
                    wordStart = index;
                }
            } else {
                if (wordStart >= 0) {
                    score += wordScore(text.substring(wordStart, index), syllables);
                    wordStart = -1;
                }
                score += characterScore(codePoint);
            }
            index += index < text.length() ? Character.charCount(codePoint) : 1;
        }
        return score;
    }

    private static boolean isWordPart(int codePoint) {
        return Character.isLetter(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK;
    }

    private static int wordScore(String word, VietnameseSyllables syllables) {
        if (word.chars().allMatch(character -> character < 0x80)) {
            return 0;
        }
        if (Character.getType(word.codePointAt(0)) == Character.NON_SPACING_MARK) {
            return -2 + wordScore(word.substring(Character.charCount(word.codePointAt(0))), syllables);
        }
        if (isAbbreviation(word)) {
            return 0;
        }
        if (hasCapitalAfterSmall(word) || !syllables.isSyllable(word)) {
            return -1;
        }
        return syllables.isCommon(word) ? 2 : 1;
    }

    // "QĐ", "HĐND", "ĐH": capitals without a vowel, read the same way in any encoding that has Đ
    private static boolean isAbbreviation(String word) {
        return word.length() > 1
                && word.chars().allMatch(Character::isUpperCase)
                && VietnameseText.fold(word).chars().noneMatch(letter -> "aeiouy".indexOf(letter) >= 0);
    }

    private static boolean hasCapitalAfterSmall(String word) {
        boolean seenSmall = false;
        for (int index = 0; index < word.length(); index++) {
            char character = word.charAt(index);
            if (Character.isLowerCase(character)) {
                seenSmall = true;
            } else if (seenSmall && Character.isUpperCase(character)) {
                return true;
            }
        }
        return false;
    }

    private static int characterScore(int codePoint) {
        if (codePoint < 0x80) {
            boolean harmlessControl = codePoint == '\t' || codePoint == '\n' || codePoint == '\f' || codePoint == '\r';
            return Character.isISOControl(codePoint) && !harmlessControl ? -2 : 0;
        }
        if (VietnameseText.isSpace(codePoint)) {
            return 0;
        }
        return switch (Character.getType(codePoint)) {
            case Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> -1;
            default -> -2;
        };
    }
}
