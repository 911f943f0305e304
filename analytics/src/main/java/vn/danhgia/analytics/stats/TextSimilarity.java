package vn.danhgia.analytics.stats;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import vn.danhgia.core.text.VietnameseText;

/**
 * How alike two Vietnamese texts are, for finding a shortcoming named again in other words: both are
 * folded (no diacritics, đ → d, lower case, punctuation to spaces: the same key as SQL's dg_fold), then
 * compared as sets of character trigrams (Jaccard: shared / all). Character n-grams rather than words
 * because reworded shortcomings share stems across word boundaries ("giải ngân vốn đầu tư công chậm" and
 * "tỷ lệ giải ngân vốn đầu tư công còn thấp") and survive spelling slips.
 */
public final class TextSimilarity {
    private static final int GRAM = 3;

    private TextSimilarity() {}

    /** The folded matching form: SQL's dg_fold (idempotent, so already folded text stays the same). */
    public static String fold(String text) {
        String folded = VietnameseText.fold(text).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", " ").trim();
    }

    /** Trigram Jaccard similarity of the folded texts, 0..1; two empty texts are not alike (0). */
    public static double trigramJaccard(String first, String second) {
        Set<String> a = trigrams(fold(first));
        Set<String> b = trigrams(fold(second));
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        int shared = 0;
        for (String gram : a) {
            if (b.contains(gram)) {
                shared++;
            }
        }
        return (double) shared / union.size();
    }

    /** Trigrams of the text padded with one space on each side, so that word starts and ends count. */
    static Set<String> trigrams(String folded) {
        Set<String> grams = new HashSet<>();
        if (folded.isEmpty()) {
            return grams;
        }
        String padded = " " + folded + " ";
        for (int i = 0; i + GRAM <= padded.length(); i++) {
            grams.add(padded.substring(i, i + GRAM));
        }
        return grams;
    }
}
