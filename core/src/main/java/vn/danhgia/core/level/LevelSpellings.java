package vn.danhgia.core.level;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import vn.danhgia.core.config.YamlErrors;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.error.SourceLocation;
import vn.danhgia.core.i18n.Messages;

/**
 * The table of level and status spellings, read from a YAML data file (by default
 * {@code vn/danhgia/core/level/spellings.yaml} on the classpath; the file documents the format and the
 * matching rule). Immutable; one row per matching key.
 */
public final class LevelSpellings {
    static final String DEFAULT_RESOURCE = "vn/danhgia/core/level/spellings.yaml";
    static final Messages MESSAGES = Messages.of("vn.danhgia.core.level.messages");

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final List<LevelSpelling> spellings;
    private final Map<String, LevelSpelling> current;
    private final Map<String, LevelSpelling> legacy;
    private final Map<String, CriterionScore> criterionScores;
    private final int legacyBefore;

    private LevelSpellings(
            Map<String, LevelSpelling> current,
            Map<String, LevelSpelling> legacy,
            Map<String, CriterionScore> criterionScores,
            int legacyBefore) {
        this.current = Map.copyOf(current);
        this.legacy = Map.copyOf(legacy);
        this.criterionScores = Map.copyOf(criterionScores);
        this.legacyBefore = legacyBefore;
        List<LevelSpelling> rows = new ArrayList<>(current.values());
        rows.addAll(legacy.values());
        this.spellings = List.copyOf(rows);
    }

    /** The table shipped with danhgia. */
    public static LevelSpellings defaults() {
        return Defaults.INSTANCE;
    }

    /**
     * Every row of the default table: the current spellings first, then the pre-2018 names. Keys are
     * unique among the current rows and among the legacy rows; for a year before {@link #legacyBefore()}
     * a legacy row wins over a current row with the same key (legacy rows that would mean the same as the
     * current row are left out).
     */
    public static List<LevelSpelling> all() {
        return defaults().spellings();
    }

    /** A table from an installation's own file in the same format. */
    public static LevelSpellings load(Path file) {
        try (InputStream input = Files.newInputStream(file)) {
            return read(input, file.toString());
        } catch (IOException e) {
            throw invalid(file.toString(), MESSAGES.format("spellings.reason.unreadable", e.getMessage()), e);
        }
    }

    /**
     * The key two spellings are compared by: diacritics removed, đ → d, lower case, everything but a-z
     * and 0-9 removed ("HT. tốt  NV" → "httotnv").
     */
    public static String matchKey(String text) {
        return Folding.key(text);
    }

    /** Every row: the current spellings first (in file order), then the pre-2018 names. */
    public List<LevelSpelling> spellings() {
        return spellings;
    }

    /** The first rating year read with the current names; earlier years also accept the legacy names. */
    public int legacyBefore() {
        return legacyBefore;
    }

    Optional<LevelSpelling> current(String key) {
        return Optional.ofNullable(current.get(key));
    }

    Optional<LevelSpelling> legacy(String key) {
        return Optional.ofNullable(legacy.get(key));
    }

    Optional<CriterionScore> criterionScore(String key) {
        return Optional.ofNullable(criterionScores.get(key));
    }

    static LevelSpellings read(InputStream input, String source) {
        SpellingFile file;
        try {
            file = YAML.readValue(input, SpellingFile.class);
        } catch (JsonProcessingException e) {
            Optional<JsonProcessingException> syntax = YamlErrors.syntaxError(e);
            if (syntax.isPresent()) {
                String reason = MESSAGES.format(
                        "spellings.reason.syntax", YamlErrors.line(syntax.get()), YamlErrors.summary(syntax.get()));
                throw invalid(source, reason, e);
            }
            JsonMappingException mapping = (JsonMappingException) e;
            String reason =
                    MESSAGES.format("spellings.reason.field", YamlErrors.path(mapping), YamlErrors.summary(mapping));
            throw invalid(source, reason, e);
        } catch (IOException e) {
            throw invalid(source, MESSAGES.format("spellings.reason.unreadable", e.getMessage()), e);
        }
        if (file == null || file.spellings() == null || file.criterionScores() == null || file.legacy() == null) {
            throw invalid(source, MESSAGES.format("spellings.reason.sections"), null);
        }
        return new Builder(source).build(file);
    }

    static DanhgiaException invalid(String source, String reason, Throwable cause) {
        return new DanhgiaException(
                ErrorCode.INVALID_CONFIGURATION,
                MESSAGES.format("spellings.invalid", source, reason),
                SourceLocation.ofFile(source),
                cause);
    }

    /** Turns the file into the keyed maps, refusing two texts with one key and two meanings. */
    private static final class Builder {
        private final String source;
        private final Map<String, LevelSpelling> current = new LinkedHashMap<>();
        private final Map<String, LevelSpelling> legacy = new LinkedHashMap<>();
        private final Map<String, CriterionScore> criterionScores = new LinkedHashMap<>();

        Builder(String source) {
            this.source = source;
        }

        LevelSpellings build(SpellingFile file) {
            file.criterionScores().forEach((score, texts) -> texts(texts, "criterionScores." + score)
                    .forEach(text -> addCriterionScore(text, score)));
            for (int index = 0; index < file.spellings().size(); index++) {
                addGroup(file.spellings().get(index), "spellings[" + index + "]");
            }
            SpellingFile.Legacy legacyNames = file.legacy();
            if (legacyNames.before() == null) {
                throw invalid(source, MESSAGES.format("spellings.reason.missing", "legacy.before"), null);
            }
            addLegacy(legacyNames.organizations(), legacyNames.before(), "legacy.organizations");
            addLegacy(legacyNames.members(), legacyNames.before(), "legacy.members");
            return new LevelSpellings(current, legacy, criterionScores, legacyNames.before());
        }

        private void addCriterionScore(String text, CriterionScore score) {
            CriterionScore previous = criterionScores.putIfAbsent(matchKey(text), score);
            if (previous != null && previous != score) {
                throw conflict(text, previous.name(), score.name());
            }
        }

        private void addGroup(SpellingFile.Group group, String path) {
            if (group.meaning() == null) {
                throw invalid(source, MESSAGES.format("spellings.reason.missing", path + ".meaning"), null);
            }
            ParsedRating rating = meaning(group.meaning(), path);
            boolean levelColumnOnly = Boolean.TRUE.equals(group.levelColumnOnly());
            Set<LevelContext> contexts =
                    levelColumnOnly ? EnumSet.of(LevelContext.LEVEL_COLUMN) : EnumSet.allOf(LevelContext.class);
            for (String text : texts(group.texts(), path + ".texts")) {
                String key = matchKey(text);
                if (!levelColumnOnly && criterionScores.containsKey(key)) {
                    throw invalid(source, MESSAGES.format("spellings.reason.criterionEverywhere", text), null);
                }
                LevelSpelling spelling = new LevelSpelling(text, key, rating, contexts, OptionalInt.empty());
                LevelSpelling previous = current.putIfAbsent(key, spelling);
                if (previous != null
                        && !(previous.rating().equals(rating)
                                && previous.contexts().equals(spelling.contexts()))) {
                    throw conflict(text, describe(previous), describe(spelling));
                }
            }
        }

        private void addLegacy(Map<RatingLevel, List<String>> names, int before, String path) {
            if (names == null) {
                throw invalid(source, MESSAGES.format("spellings.reason.missing", path), null);
            }
            names.forEach((level, texts) -> {
                for (String text : texts(texts, path + "." + level)) {
                    String key = matchKey(text);
                    ParsedRating rating = ParsedRating.rated(level);
                    LevelSpelling same = current.get(key);
                    if (same != null && same.rating().equals(rating)) {
                        continue; // already read the same way in every year: no legacy row needed
                    }
                    LevelSpelling spelling = new LevelSpelling(
                            text, key, rating, EnumSet.allOf(LevelContext.class), OptionalInt.of(before));
                    LevelSpelling previous = legacy.putIfAbsent(key, spelling);
                    if (previous != null && !previous.rating().equals(rating)) {
                        throw conflict(text, describe(previous), describe(spelling));
                    }
                }
            });
        }

        private ParsedRating meaning(String meaning, String path) {
            for (RatingLevel level : RatingLevel.values()) {
                if (level.name().equals(meaning)) {
                    return ParsedRating.rated(level);
                }
            }
            for (RatingStatus status : RatingStatus.values()) {
                if (status != RatingStatus.RATED && status.name().equals(meaning)) {
                    return ParsedRating.unrated(status);
                }
            }
            throw invalid(source, MESSAGES.format("spellings.reason.meaning", path + ".meaning", meaning), null);
        }

        private List<String> texts(List<String> texts, String path) {
            if (texts == null || texts.isEmpty()) {
                throw invalid(source, MESSAGES.format("spellings.reason.missing", path), null);
            }
            for (String text : texts) {
                if (text == null || matchKey(text).isEmpty()) {
                    throw invalid(source, MESSAGES.format("spellings.reason.emptyText", path, text), null);
                }
            }
            return texts;
        }

        private DanhgiaException conflict(String text, String first, String second) {
            return invalid(
                    source, MESSAGES.format("spellings.reason.conflict", text, matchKey(text), first, second), null);
        }

        private static String describe(LevelSpelling spelling) {
            String meaning = spelling.rating()
                    .level()
                    .map(RatingLevel::code)
                    .orElse(spelling.rating().status().code());
            return spelling.contexts().size() == 1 ? meaning + " (" + LevelContext.LEVEL_COLUMN + ")" : meaning;
        }
    }

    private static final class Defaults {
        static final LevelSpellings INSTANCE = loadDefaults();

        private static LevelSpellings loadDefaults() {
            try (InputStream input = LevelSpellings.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
                if (input == null) {
                    throw new IllegalStateException(
                            "Missing resource " + DEFAULT_RESOURCE + " in the danhgia core jar");
                }
                return read(input, DEFAULT_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
