package vn.danhgia.etl.read.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.danhgia.core.form.InputKind;
import vn.danhgia.core.level.LevelContext;
import vn.danhgia.core.level.LevelParser;

/**
 * The reader's vocabulary, loaded from {@code header-synonyms.yaml}: header spellings per kind and field,
 * level headers, marks, and the words of total, signature, group and title rows. All keys are compared
 * as {@link HeaderText#key} values.
 */
public final class SynonymTable {
    private static final String DEFAULT_RESOURCE = "/vn/danhgia/etl/read/header-synonyms.yaml";
    private static final LevelParser LEVELS = LevelParser.defaults();
    private static final String COUNT_FIELD_PREFIX = "count_";

    private final List<KindRules> kinds;
    private final Map<String, String> countFieldByLevelKey;
    private final Set<String> countHeaders;
    private final Set<String> shareHeaders;
    private final Set<String> marks;
    private final WordPatterns totalRows;
    private final WordPatterns signatureRows;
    private final List<List<String>> groupRowPrefixes;
    private final List<List<String>> unitTitlePrefixes;
    private final Set<String> unitTitleExcluded;
    private final List<List<String>> fileNameUnitPrefixes;
    private final Set<String> fileNameUnitAbbreviations;
    private final List<List<String>> fileNameUnitStarts;
    private final Set<String> genericSheetNames;
    private final Pattern dateLine;
    private final Pattern titleYear;

    private SynonymTable(JsonNode root) {
        List<KindRules> kindList = new ArrayList<>();
        for (JsonNode node : root.path("kinds")) {
            kindList.add(kindRules(node));
        }
        kinds = List.copyOf(kindList);
        Map<String, String> levels = new HashMap<>();
        for (JsonNode level : root.path("levels")) {
            String field = level.path("count_field").asText();
            for (String header : strings(level.path("headers"))) {
                levels.put(HeaderText.key(header), field);
            }
        }
        countFieldByLevelKey = Map.copyOf(levels);
        countHeaders = keys(root.path("count_headers"));
        shareHeaders = keys(root.path("share_headers"));
        Set<String> markSet = new HashSet<>();
        for (String mark : strings(root.path("marks"))) {
            markSet.add(HeaderText.clean(mark));
        }
        marks = Set.copyOf(markSet);
        totalRows = new WordPatterns(
                keys(root.path("total_rows").path("equal")),
                wordLists(root.path("total_rows").path("prefix")));
        signatureRows = new WordPatterns(
                keys(root.path("signature_rows").path("equal")),
                wordLists(root.path("signature_rows").path("prefix")));
        groupRowPrefixes = wordLists(root.path("group_row_prefixes"));
        unitTitlePrefixes = wordLists(root.path("unit_title_prefixes"));
        unitTitleExcluded = keys(root.path("unit_title_excluded"));
        fileNameUnitPrefixes = wordLists(root.path("file_name_unit_prefixes"));
        fileNameUnitAbbreviations = keys(root.path("file_name_unit_abbreviations"));
        fileNameUnitStarts = wordLists(root.path("file_name_unit_starts"));
        genericSheetNames = keys(root.path("generic_sheet_names"));
        dateLine = Pattern.compile(root.path("date_line_pattern").asText());
        titleYear = Pattern.compile(root.path("title_year_pattern").asText());
    }

    /** The table shipped with danhgia. */
    public static SynonymTable defaults() {
        return Holder.DEFAULTS;
    }

    public static SynonymTable load(InputStream yaml) throws IOException {
        return new SynonymTable(new ObjectMapper(new YAMLFactory()).readTree(yaml));
    }

    private static final class Holder {
        static final SynonymTable DEFAULTS = loadDefaults();

        private static SynonymTable loadDefaults() {
            try (InputStream in = SynonymTable.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing resource " + DEFAULT_RESOURCE);
                }
                return load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + DEFAULT_RESOURCE, e);
            }
        }
    }

    private static KindRules kindRules(JsonNode node) {
        String code = node.path("kind").asText();
        InputKind kind = InputKind.fromCode(code)
                .orElseThrow(() -> new IllegalArgumentException("Unknown kind '" + code + "' in header synonyms"));
        Map<String, String> fieldByKey = new HashMap<>();
        node.path("fields").fields().forEachRemaining(entry -> {
            for (String header : strings(entry.getValue())) {
                fieldByKey.putIfAbsent(HeaderText.key(header), entry.getKey());
            }
        });
        List<Set<String>> required = new ArrayList<>();
        for (JsonNode alternative : node.path("requires")) {
            required.add(new LinkedHashSet<>(strings(alternative)));
        }
        Optional<String> yearField = node.hasNonNull("year_field")
                ? Optional.of(node.path("year_field").asText())
                : Optional.empty();
        return new KindRules(
                kind,
                fieldByKey,
                required,
                new HashSet<>(strings(node.path("forbids"))),
                node.path("needs_year").asBoolean(true),
                node.path("needs_unit").asBoolean(false),
                yearField);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            values.add(value.asText());
        }
        return values;
    }

    private static Set<String> keys(JsonNode array) {
        Set<String> values = new HashSet<>();
        for (String text : strings(array)) {
            values.add(HeaderText.key(text));
        }
        return Set.copyOf(values);
    }

    private static List<List<String>> wordLists(JsonNode array) {
        return strings(array).stream()
                .map(text -> HeaderText.words(HeaderText.key(text)))
                .toList();
    }

    public List<KindRules> kinds() {
        return kinds;
    }

    /** The count field of a level header ('Hoàn thành tốt nhiệm vụ' → count_httnv), if it is one. */
    /**
     * The count field of a level-named header: one the table lists, else one a level value would read as
     * ('HT XS NV', 'Không HT': any spelling core's level parser knows), so an x-mark or count column is
     * recognized however its level is abbreviated.
     */
    public Optional<String> levelCountField(String headerKey) {
        String listed = countFieldByLevelKey.get(headerKey);
        if (listed != null) {
            return Optional.of(listed);
        }
        if (headerKey.isEmpty()) {
            return Optional.empty();
        }
        try {
            return LEVELS.parse(headerKey, LevelContext.LEVEL_COLUMN)
                    .level()
                    .map(level -> COUNT_FIELD_PREFIX + level.code().toLowerCase(java.util.Locale.ROOT));
        } catch (RuntimeException notALevel) {
            return Optional.empty();
        }
    }

    public boolean isLevelHeader(String headerKey) {
        return levelCountField(headerKey).isPresent();
    }

    public boolean isCountHeader(String headerKey) {
        return countHeaders.contains(headerKey);
    }

    public boolean isShareHeader(String headerKey) {
        return shareHeaders.contains(headerKey);
    }

    /** Whether a cleaned cell value is a mark ('x', 'X', '✓'). */
    public boolean isMark(String cleanValue) {
        return marks.contains(cleanValue);
    }

    public boolean isTotalLabel(String key) {
        return totalRows.matches(key);
    }

    public boolean isSignatureLabel(String key) {
        return signatureRows.matches(key) || dateLine.matcher(key).find();
    }

    public boolean isDateLine(String key) {
        return dateLine.matcher(key).find();
    }

    public boolean isGroupLabel(String key) {
        return startsWithAny(key, groupRowPrefixes);
    }

    public boolean isUnitTitle(String key) {
        return !unitTitleExcluded.contains(key) && startsWithAny(key, unitTitlePrefixes);
    }

    public boolean isFileNameUnit(String key) {
        return startsWithAny(key, fileNameUnitPrefixes);
    }

    /** Whether a word of a file name is an organ's abbreviation that starts a unit ('CB', 'DU', 'ĐB'). */
    public boolean isFileNameUnitAbbreviation(String wordKey) {
        return fileNameUnitAbbreviations.contains(wordKey);
    }

    /** Whether the words of a file name from here on start a unit name ('chi bo thon 3', 'Cty CP ...'). */
    public boolean isFileNameUnitStart(String key) {
        return startsWithAny(key, fileNameUnitStarts);
    }

    /** Whether a sheet name names nothing ('Sheet1', 'Trang tính 2', 'Biểu 01'). */
    public boolean isGenericSheetName(String key) {
        return genericSheetNames.contains(key.replaceAll("[\\d ]+$", "").strip()) || key.matches("\\d*");
    }

    /** The rating year a title line names ('... NĂM 2022'), never the year of a place-and-date line. */
    public Optional<Integer> titleYear(String key) {
        if (isDateLine(key)) {
            return Optional.empty();
        }
        var matcher = titleYear.matcher(key);
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    private static boolean startsWithAny(String key, List<List<String>> prefixes) {
        List<String> words = HeaderText.words(key);
        return prefixes.stream().anyMatch(prefix -> startsWith(words, prefix));
    }

    static boolean startsWith(List<String> words, List<String> prefix) {
        return !prefix.isEmpty()
                && words.size() >= prefix.size()
                && words.subList(0, prefix.size()).equals(prefix);
    }

    /** Whole-text and leading-words patterns over keys. */
    private record WordPatterns(Set<String> equal, List<List<String>> prefixes) {
        boolean matches(String key) {
            return equal.contains(key) || startsWithAny(key, prefixes);
        }
    }
}
