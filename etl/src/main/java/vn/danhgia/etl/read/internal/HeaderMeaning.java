package vn.danhgia.etl.read.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognizes a column by what its header's words say, loaded from {@code header-meaning.yaml}: the header
 * is read as words (folded, abbreviations expanded, stop words dropped), each field scores the weights of
 * the concepts whose words are all among them, and columns and fields are paired one to one, best score
 * first, when the score reaches the floor. Ties: the leftmost column, then the field the form lists first.
 */
public final class HeaderMeaning {
    private static final String DEFAULT_RESOURCE = "/vn/danhgia/etl/read/header-meaning.yaml";
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}%]+");
    /** Single letters joined by dots are one abbreviation: 'S.T.T' is 'STT', 'Đ.V.' is 'ĐV'. */
    private static final Pattern DOTTED_INITIALS =
            Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}(?:\\.\\p{L})+(?![\\p{L}\\p{N}])\\.?");

    /** One abbreviation: its folded words, what they stand for, and other readings by a neighbouring word. */
    private record Abbreviation(
            List<String> shortWords, List<String> words, boolean upper, Map<String, List<String>> near) {}

    /** One concept of a field: its folded words in order (all must be present) and weight. */
    private record Concept(List<String> ordered, double weight) {
        Set<String> words() {
            return Set.copyOf(ordered);
        }
    }

    private final double floor;
    private final Set<String> stopWords;
    private final List<Abbreviation> abbreviations;
    private final Map<String, List<Concept>> conceptsByField;
    private final Set<String> familyWords;
    private final Set<String> familyMarks;
    private final Set<String> givenWords;
    private static final String FAMILY = "ho";
    private static final String GIVEN = "ten";

    private HeaderMeaning(JsonNode root) {
        floor = root.path("floor").asDouble(1.0);
        Set<String> stops = new HashSet<>();
        root.path("stop_words").forEach(word -> stops.add(HeaderText.key(word.asText())));
        stopWords = Set.copyOf(stops);
        List<Abbreviation> list = new ArrayList<>();
        List<JsonNode> readings = new ArrayList<>();
        root.path("abbreviations").forEach(readings::add);
        root.path("equivalents").forEach(readings::add);
        for (JsonNode node : readings) {
            Map<String, List<String>> near = new LinkedHashMap<>();
            node.path("near")
                    .fields()
                    .forEachRemaining(entry -> near.put(
                            HeaderText.key(entry.getKey()),
                            HeaderText.words(HeaderText.key(entry.getValue().asText()))));
            list.add(new Abbreviation(
                    HeaderText.words(HeaderText.key(node.path("short").asText())),
                    HeaderText.words(HeaderText.key(node.path("words").asText())),
                    node.path("upper").asBoolean(false),
                    near));
        }
        // the longest abbreviations first, so that 'tccsđ' is not read as 'tccs' and a stray letter
        list.sort(Comparator.comparingInt(
                        (Abbreviation abbreviation) -> abbreviation.shortWords().size())
                .reversed());
        abbreviations = List.copyOf(list);
        Map<String, List<Concept>> concepts = new LinkedHashMap<>();
        root.path("fields").fields().forEachRemaining(field -> {
            List<Concept> fieldConcepts = new ArrayList<>();
            field.getValue()
                    .fields()
                    .forEachRemaining(concept -> fieldConcepts.add(new Concept(
                            HeaderText.words(HeaderText.key(concept.getKey())),
                            concept.getValue().asDouble())));
            concepts.put(field.getKey(), List.copyOf(fieldConcepts));
        });
        conceptsByField = Map.copyOf(concepts);
        JsonNode split = root.path("split_name");
        familyWords = foldedSet(split.path("family_words"));
        familyMarks = foldedSet(split.path("family_marks"));
        givenWords = foldedSet(split.path("given_words"));
    }

    private static Set<String> foldedSet(JsonNode words) {
        Set<String> folded = new HashSet<>();
        words.forEach(word -> folded.add(HeaderText.key(word.asText())));
        return Set.copyOf(folded);
    }

    /** Whether a header names the family and middle names of a name split in two columns ('Họ đệm'). */
    public boolean isFamilyName(String header) {
        List<String> words = HeaderText.words(HeaderText.key(header));
        return words.contains(FAMILY)
                && familyWords.containsAll(words)
                && (words.size() == 1 || words.stream().anyMatch(familyMarks::contains));
    }

    /** Whether a header names the given name of a name split in two columns ('Tên'). */
    public boolean isGivenName(String header) {
        List<String> words = HeaderText.words(HeaderText.key(header));
        return words.contains(GIVEN) && givenWords.containsAll(words);
    }

    /** The vocabulary shipped with danhgia. */
    public static HeaderMeaning defaults() {
        return Holder.DEFAULTS;
    }

    public static HeaderMeaning load(InputStream yaml) throws IOException {
        return new HeaderMeaning(new ObjectMapper(new YAMLFactory()).readTree(yaml));
    }

    private static final class Holder {
        static final HeaderMeaning DEFAULTS = loadDefaults();

        private static HeaderMeaning loadDefaults() {
            try (InputStream in = HeaderMeaning.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing resource " + DEFAULT_RESOURCE);
                }
                return load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + DEFAULT_RESOURCE, e);
            }
        }
    }

    /** The score below which a column names no field. */
    public double floor() {
        return floor;
    }

    /**
     * The words a header says, folded, with abbreviations expanded and stop words dropped: 'Họ và tên ĐV'
     * → [ho, ten, dang, vien]; 'Mã CB' → [ma, can, bo]; 'CB đề nghị' → [chi, bo, de, nghi].
     */
    public List<String> words(String header) {
        List<String> words = new ArrayList<>(allWords(header));
        words.removeIf(stopWords::contains);
        return List.copyOf(words);
    }

    /** The words as {@link #words} reads them, stop words kept: a concept may hold one ('lý do'). */
    private List<String> allWords(String header) {
        List<String> written = new ArrayList<>();
        String joined = DOTTED_INITIALS.matcher(HeaderText.clean(header)).replaceAll(match -> match.group()
                .replace(".", ""));
        for (String token : NOT_WORD.split(joined)) {
            if (!token.isEmpty()) {
                written.add(token);
            }
        }
        List<String> folded = written.stream().map(HeaderText::fold).toList();
        Set<String> present = new HashSet<>(folded);
        List<String> words = new ArrayList<>();
        int index = 0;
        while (index < folded.size()) {
            Abbreviation match = null;
            for (Abbreviation abbreviation : abbreviations) {
                if (matchesAt(abbreviation, written, folded, index)) {
                    match = abbreviation;
                    break;
                }
            }
            if (match == null) {
                words.add(folded.get(index));
                index++;
                continue;
            }
            words.addAll(reading(match, present));
            index += match.shortWords().size();
        }
        return List.copyOf(words);
    }

    private static boolean matchesAt(Abbreviation abbreviation, List<String> written, List<String> folded, int index) {
        List<String> shortWords = abbreviation.shortWords();
        if (index + shortWords.size() > folded.size()) {
            return false;
        }
        for (int offset = 0; offset < shortWords.size(); offset++) {
            if (!folded.get(index + offset).equals(shortWords.get(offset))) {
                return false;
            }
            if (abbreviation.upper() && !isCapitals(written.get(index + offset))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCapitals(String token) {
        return token.equals(token.toUpperCase(Locale.ROOT)) && !token.equals(token.toLowerCase(Locale.ROOT));
    }

    private static List<String> reading(Abbreviation abbreviation, Set<String> present) {
        for (var entry : abbreviation.near().entrySet()) {
            if (present.containsAll(HeaderText.words(entry.getKey()))) {
                return entry.getValue();
            }
        }
        return abbreviation.words();
    }

    /** A header's score for one field: the weights of the field's concepts it holds. */
    public double score(String header, String field) {
        return score(allWords(header), field);
    }

    private double score(List<String> words, String field) {
        double total = 0;
        for (Concept concept : conceptsByField.getOrDefault(field, List.of())) {
            // stop words stand between a concept's words unless the concept says them ('lý do', not 'do');
            // such a concept is read in its own order, since a stop word folds like other words ('trình
            // độ lý luận' is no 'lý do')
            boolean saysStopWord = concept.ordered().stream().anyMatch(stopWords::contains);
            List<String> read = words.stream()
                    .filter(word ->
                            !stopWords.contains(word) || concept.ordered().contains(word))
                    .toList();
            boolean held = saysStopWord
                    ? java.util.Collections.indexOfSubList(read, concept.ordered()) >= 0
                    : holds(read, concept.words());
            if (held) {
                total += concept.weight();
            }
        }
        // to the hundredth, so that equal sums compare equal and print as written
        return Math.round(total * 100) / 100.0;
    }

    /**
     * Whether a header's words hold a concept: its words side by side, in any order ('xếp loại' in 'Mức
     * xếp loại', 'Loại xếp'), so that words of two phrases do not make a third ('chất lượng' and 'cơ sở'
     * are not 'số lượng').
     */
    private static boolean holds(List<String> words, Set<String> concept) {
        int span = concept.size();
        if (span == 1) {
            return words.containsAll(concept);
        }
        for (int start = 0; start + span <= words.size(); start++) {
            if (new HashSet<>(words.subList(start, start + span)).containsAll(concept)) {
                return true;
            }
        }
        return false;
    }

    /** The scores of one header for the given fields, in their order. */
    public Map<String, Double> scores(String header, List<String> fields) {
        List<String> words = allWords(header);
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String field : fields) {
            scores.put(field, score(words, field));
        }
        return scores;
    }

    /** A column paired with a field by meaning, and its score. */
    public record Match(int column, String field, double score) {
        public Match {
            Objects.requireNonNull(field, "field");
        }
    }

    /**
     * Pairs columns (index → header text) with fields one to one: every pair at or above the floor, the
     * best score first; a tie goes to the leftmost column, then to the field listed first.
     */
    public List<Match> assign(Map<Integer, String> headers, List<String> fields) {
        List<Match> candidates = new ArrayList<>();
        for (var header : headers.entrySet()) {
            List<String> words = allWords(header.getValue());
            for (String field : fields) {
                double score = score(words, field);
                if (score >= floor) {
                    candidates.add(new Match(header.getKey(), field, score));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Match::score)
                .reversed()
                .thenComparingInt(Match::column)
                .thenComparingInt(match -> fields.indexOf(match.field())));
        Set<Integer> usedColumns = new HashSet<>();
        Set<String> usedFields = new HashSet<>();
        List<Match> chosen = new ArrayList<>();
        for (Match candidate : candidates) {
            if (!usedColumns.contains(candidate.column()) && !usedFields.contains(candidate.field())) {
                usedColumns.add(candidate.column());
                usedFields.add(candidate.field());
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(Match::column));
        return List.copyOf(chosen);
    }
}
