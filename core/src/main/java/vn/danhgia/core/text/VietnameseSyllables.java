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
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
    private final Set<String> common;
    private final Set<String> nucleiWithoutCoda;
    private final Set<String> palatalCodas;
    private final Set<String> palatalNuclei;
    private final Set<String> stopCodas;

    /** The orthography as written in the data file. */
    record Orthography(
            List<String> onsets,
            List<String> nuclei,
            List<String> codas,
            List<String> nucleiWithoutCoda,
            List<String> palatalCodas,
            List<String> palatalNuclei,
            List<String> stopCodas,
            List<String> common) {
        Orthography {
            onsets = List.copyOf(Objects.requireNonNull(onsets, "onsets"));
            nuclei = List.copyOf(Objects.requireNonNull(nuclei, "nuclei"));
            codas = List.copyOf(Objects.requireNonNull(codas, "codas"));
            nucleiWithoutCoda = List.copyOf(Objects.requireNonNull(nucleiWithoutCoda, "nucleiWithoutCoda"));
            palatalCodas = List.copyOf(Objects.requireNonNull(palatalCodas, "palatalCodas"));
            palatalNuclei = List.copyOf(Objects.requireNonNull(palatalNuclei, "palatalNuclei"));
            stopCodas = List.copyOf(Objects.requireNonNull(stopCodas, "stopCodas"));
            common = List.copyOf(Objects.requireNonNull(common, "common"));
        }
    }

    private VietnameseSyllables(Orthography orthography) {
        this.onsets = withEmpty(orthography.onsets());
        this.nuclei = Set.copyOf(orthography.nuclei());
        this.codas = withEmpty(orthography.codas());
        this.nucleiWithoutCoda = Set.copyOf(orthography.nucleiWithoutCoda());
        this.palatalCodas = Set.copyOf(orthography.palatalCodas());
        this.palatalNuclei = Set.copyOf(orthography.palatalNuclei());
        this.stopCodas = Set.copyOf(orthography.stopCodas());
        this.common = orthography.common().stream()
                .map(syllable -> Normalizer.normalize(syllable, Normalizer.Form.NFC))
                .collect(Collectors.toUnmodifiableSet());
    }

    static VietnameseSyllables instance() {
        return INSTANCE;
    }

    /** True for a word such as "Nguyễn", "khuyết" or "ĐẢNG"; false for "vổ" + "n", "tªn", "nhiờũm". */
    boolean isSyllable(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder toneless = new StringBuilder(decomposed.length());
        int tones = 0;
        char tone = 0;
        for (int index = 0; index < decomposed.length(); index++) {
            char character = decomposed.charAt(index);
            if (ToneMarks.isToneMark(character)) {
                tones++;
                tone = character;
            } else {
                toneless.append(character);
            }
        }
        return tones <= 1 && isToneless(Normalizer.normalize(toneless, Normalizer.Form.NFC), tone);
    }

    /** True for one of the frequent syllables of the data file, in any case ("Đảng", "TỐT"). */
    boolean isCommon(String word) {
        return common.contains(Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFC));
    }

    // tone: the combining tone mark, 0 for the level tone
    private boolean isToneless(String syllable, char tone) {
        for (String onset : onsets) {
            if (!syllable.startsWith(onset)) {
                continue;
            }
            String rhyme = syllable.substring(onset.length());
            for (String coda : codas) {
                if (rhyme.endsWith(coda) && isRhyme(rhyme.substring(0, rhyme.length() - coda.length()), coda, tone)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isRhyme(String nucleus, String coda, char tone) {
        if (!nuclei.contains(nucleus)) {
            return false;
        }
        if (coda.isEmpty()) {
            return true;
        }
        boolean stopToneOk = !stopCodas.contains(coda) || tone == ToneMarks.ACUTE || tone == ToneMarks.DOT_BELOW;
        boolean palatalOk = !palatalCodas.contains(coda) || palatalNuclei.contains(nucleus);
        return !nucleiWithoutCoda.contains(nucleus) && stopToneOk && palatalOk;
    }

    private static List<String> withEmpty(List<String> parts) {
        return Stream.concat(Stream.of(""), parts.stream()).toList();
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
