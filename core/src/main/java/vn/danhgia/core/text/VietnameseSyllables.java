package vn.danhgia.core.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a word is a well-formed Vietnamese syllable, from the orthography in {@code syllables.yaml}:
 * an optional onset, a vowel nucleus, an optional coda and at most one tone mark. Used for scoring
 * decodings, so it errs on the side of accepting real words rather than rejecting rare ones.
 */
final class VietnameseSyllables {
    private static final String RESOURCE = "syllables.yaml";
    private static final VietnameseSyllables INSTANCE = load();

    private final List<String> onsets;
    private final Set<String> nuclei;
    private final List<String> codas;

    /** The orthography as written in the data file. */
    record Orthography(List<String> onsets, List<String> nuclei, List<String> codas) {
        Orthography {
            onsets = List.copyOf(Objects.requireNonNull(onsets, "onsets"));
            nuclei = List.copyOf(Objects.requireNonNull(nuclei, "nuclei"));
            codas = List.copyOf(Objects.requireNonNull(codas, "codas"));
        }
    }

    private VietnameseSyllables(Orthography orthography) {
        this.onsets = withEmpty(orthography.onsets());
        this.nuclei = Set.copyOf(orthography.nuclei());
        this.codas = withEmpty(orthography.codas());
    }

    static VietnameseSyllables instance() {
        return INSTANCE;
    }

    /** True for a word such as "Nguyễn", "khuyết" or "ĐẢNG"; false for "vổ" + "n", "tªn", "nhiờũm". */
    boolean isSyllable(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder toneless = new StringBuilder(decomposed.length());
        int tones = 0;
        for (int index = 0; index < decomposed.length(); index++) {
            char character = decomposed.charAt(index);
            if (ToneMarks.isToneMark(character)) {
                tones++;
            } else {
                toneless.append(character);
            }
        }
        return tones <= 1 && isToneless(Normalizer.normalize(toneless, Normalizer.Form.NFC));
    }

    private boolean isToneless(String syllable) {
        for (String onset : onsets) {
            if (!syllable.startsWith(onset)) {
                continue;
            }
            String rhyme = syllable.substring(onset.length());
            for (String coda : codas) {
                if (rhyme.endsWith(coda) && nuclei.contains(rhyme.substring(0, rhyme.length() - coda.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> withEmpty(List<String> parts) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(""), parts.stream())
                .toList();
    }

    private static VietnameseSyllables load() {
        try (InputStream in = VietnameseSyllables.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "Missing resource " + RESOURCE + " beside " + VietnameseSyllables.class);
            }
            return new VietnameseSyllables(new ObjectMapper(new YAMLFactory()).readValue(in, Orthography.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
