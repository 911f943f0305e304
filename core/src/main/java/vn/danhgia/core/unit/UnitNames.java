package vn.danhgia.core.unit;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.danhgia.core.text.VietnameseText;

/**
 * Unit names as files write them. "Đảng ủy xã Đông Lâm", "Đảng bộ xã Đông Lâm" and "DANG UY XA DONG
 * LAM" all name the unit "xã Đông Lâm": the organ words in front ("Đảng bộ", "Chi bộ", "Ban Thường
 * vụ", ...) are data, in {@code organ-prefixes.yaml}. Words such as "xã" and "thị trấn" are kept, since
 * they tell "xã Hòa Sơn" from "Trường THCS Hòa Sơn".
 */
public final class UnitNames {
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** A list number in front of a name, as cell-group rows write it: "26.", "3)", "II.", "a)". */
    private static final Pattern LEADING_ORDINAL = Pattern.compile("^(\\d{1,3}|[IVXivx]{1,5}|[a-zA-Z])[.)]\\s+");

    private UnitNames() {}

    /**
     * The name without its organ prefixes, otherwise as written (NFC, spaces collapsed): "Đảng ủy xã
     * Đông Lâm" → "xã Đông Lâm", "Ban Thường vụ Đảng ủy xã X" → "xã X". A name that is nothing but a
     * prefix ("Đảng bộ") is returned whole.
     */
    public static String stripOrganPrefix(String name) {
        Objects.requireNonNull(name, "name");
        String cleaned = LEADING_ORDINAL.matcher(VietnameseText.clean(name)).replaceFirst("");
        List<String> words = Arrays.asList(cleaned.split(" "));
        if (words.size() > 1 && Prefixes.isAbbreviation(words.get(0), cleaned)) {
            return String.join(" ", words.subList(1, words.size()));
        }
        int start = 0;
        int matched;
        while ((matched = Prefixes.longestAt(words, start)) > 0 && start + matched < words.size()) {
            boolean leading = Prefixes.isLeading(words, start, matched);
            start += matched;
            if (!leading) {
                break;
            }
        }
        return String.join(" ", words.subList(start, words.size()));
    }

    /**
     * The key two spellings of one unit's name share: the name without organ prefixes and without
     * parenthesized remarks ("(mới)", "(mô phỏng)"), folded (no case, no diacritics), punctuation turned
     * into spaces. "Đảng ủy xã Đông Lâm", "Đảng bộ xã Đông Lâm" and "DANG UY XA DONG LAM" → "xa dong lam".
     * Several units may share a key (a new unit named like an old one): callers decide, never guess.
     */
    public static String matchKey(String name) {
        String withoutRemarks = PARENTHESES.matcher(VietnameseText.clean(name)).replaceAll(" ");
        return NameWords.abbreviate(foldWords(stripOrganPrefix(withoutRemarks)));
    }

    /**
     * A stricter key for telling apart names that fold alike: "thôn Đông" and "thôn Đồng", or the two
     * "thôn Thịnh" of a merged commune told apart by "(xã Thanh Thái cũ)". The organ prefix and list
     * number go, case and punctuation are ignored, but diacritics and remarks in brackets stay.
     */
    public static String exactKey(String name) {
        return NOT_LETTER_OR_DIGIT
                .matcher(stripOrganPrefix(name).toLowerCase(java.util.Locale.ROOT))
                .replaceAll(" ")
                .strip();
    }

    /** Folded words only: punctuation turned into spaces ("Tài chính - Kế hoạch" → "tai chinh ke hoach"). */
    static String foldWords(String text) {
        return NOT_LETTER_OR_DIGIT
                .matcher(VietnameseText.fold(text))
                .replaceAll(" ")
                .strip();
    }

    /**
     * Words of names written in full or abbreviated ("Công ty cổ phần" / "Cty CP"), from {@code
     * organ-prefixes.yaml > name_words}: a key writes each as its abbreviation.
     */
    private static final class NameWords {
        /** Folded variant words → the folded abbreviation, longest variant first. */
        static final List<java.util.Map.Entry<List<String>, String>> VARIANTS = variants();

        private static List<java.util.Map.Entry<List<String>, String>> variants() {
            List<java.util.Map.Entry<List<String>, String>> variants = new java.util.ArrayList<>();
            var node = UnitData.read("organ-prefixes.yaml").get("name_words");
            node.fields().forEachRemaining(entry -> {
                String abbreviation = foldWords(entry.getKey());
                for (String variant :
                        UnitData.texts(entry.getValue(), "organ-prefixes.yaml > name_words > " + entry.getKey())) {
                    variants.add(java.util.Map.entry(List.of(foldWords(variant).split(" ")), abbreviation));
                }
            });
            variants.sort(Comparator.comparingInt((java.util.Map.Entry<List<String>, String> entry) ->
                            entry.getKey().size())
                    .reversed());
            return List.copyOf(variants);
        }

        /** Folded words joining two names ('và'), left out of a key. */
        static final java.util.Set<String> JOINING = java.util.Set.copyOf(UnitData.texts(
                        UnitData.read("organ-prefixes.yaml").get("joining_words"),
                        "organ-prefixes.yaml > joining_words")
                .stream()
                .map(UnitNames::foldWords)
                .toList());

        static String abbreviate(String key) {
            if (key.isEmpty()) {
                return key;
            }
            List<String> words = java.util.Arrays.stream(key.split(" "))
                    .filter(word -> !JOINING.contains(word))
                    .toList();
            if (words.isEmpty()) {
                return key;
            }
            List<String> result = new java.util.ArrayList<>();
            int index = 0;
            while (index < words.size()) {
                int matched = 0;
                for (var variant : VARIANTS) {
                    List<String> variantWords = variant.getKey();
                    if (index + variantWords.size() <= words.size()
                            && words.subList(index, index + variantWords.size()).equals(variantWords)) {
                        result.add(variant.getValue());
                        matched = variantWords.size();
                        break;
                    }
                }
                if (matched == 0) {
                    result.add(words.get(index));
                    index++;
                } else {
                    index += matched;
                }
            }
            return String.join(" ", result);
        }
    }

    /** The organ prefixes, folded and split into words, longest first. */
    private static final class Prefixes {
        static final List<List<String>> ALL =
                UnitData.texts(UnitData.read("organ-prefixes.yaml").get("prefixes"), "organ-prefixes.yaml > prefixes")
                        .stream()
                        .map(prefix -> List.of(VietnameseText.fold(prefix).split(" ")))
                        .sorted(Comparator.comparingInt((List<String> prefix) -> prefix.size())
                                .reversed())
                        .toList();

        static final List<List<String>> LEADING =
                UnitData.texts(UnitData.read("organ-prefixes.yaml").get("leading"), "organ-prefixes.yaml > leading")
                        .stream()
                        .map(prefix -> List.of(VietnameseText.fold(prefix).split(" ")))
                        .toList();

        static final List<String> ABBREVIATIONS = UnitData.texts(
                        UnitData.read("organ-prefixes.yaml").get("abbreviations"),
                        "organ-prefixes.yaml > abbreviations")
                .stream()
                .map(VietnameseText::fold)
                .toList();

        /**
         * "ĐU", "ĐB", "CB" as file names write them ("DS 2022 - DU xa Dong Lam"): an organ only when written
         * in capitals or in a name without diacritics, so "Du lịch Hồ Đồng Mô" keeps its first word.
         */
        static boolean isAbbreviation(String word, String name) {
            boolean capitals = word.equals(word.toUpperCase(java.util.Locale.ROOT));
            boolean plain = name.chars().allMatch(character -> character < 128);
            return (capitals || plain) && ABBREVIATIONS.contains(VietnameseText.fold(word));
        }

        /** Whether the prefix of {@code length} words at {@code start} is one that another organ may follow. */
        static boolean isLeading(List<String> words, int start, int length) {
            return LEADING.stream().anyMatch(prefix -> prefix.size() == length && matches(words, start, prefix));
        }

        /** The number of words of the longest prefix found at {@code start}, or 0. */
        static int longestAt(List<String> words, int start) {
            for (List<String> prefix : ALL) {
                if (start + prefix.size() <= words.size() && matches(words, start, prefix)) {
                    return prefix.size();
                }
            }
            return 0;
        }

        private static boolean matches(List<String> words, int start, List<String> prefix) {
            for (int i = 0; i < prefix.size(); i++) {
                if (!VietnameseText.fold(words.get(start + i)).equals(prefix.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
