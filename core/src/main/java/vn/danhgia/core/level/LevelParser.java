package vn.danhgia.core.level;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.error.SourceLocation;

/**
 * Reads a level cell ("HT tốt NV", "hoan thanh tot nhiem vu", "Miễn đánh giá"...) into a status and
 * level, with the spellings of {@link LevelSpellings}. Matching is exact on the whole matching key,
 * never by substring. Thread-safe and immutable.
 */
public final class LevelParser {
    private final LevelSpellings spellings;

    /** A parser with the spellings shipped with danhgia. */
    public LevelParser() {
        this(LevelSpellings.defaults());
    }

    public LevelParser(LevelSpellings spellings) {
        this.spellings = Objects.requireNonNull(spellings, "spellings");
    }

    public static LevelParser defaults() {
        return new LevelParser();
    }

    public LevelSpellings spellings() {
        return spellings;
    }

    /** Reads a value with the current (2018 and later) names. */
    public ParsedRating parse(String raw, LevelContext context) {
        return parse(raw, context, OptionalInt.empty(), Optional.empty());
    }

    /** Reads a value of a rating year: before 2018 the old names ("Trong sạch vững mạnh"...) count too. */
    public ParsedRating parse(String raw, LevelContext context, int year) {
        return parse(raw, context, OptionalInt.of(year), Optional.empty());
    }

    /** As {@link #parse(String, LevelContext, int)}, errors carrying where the value was read. */
    public ParsedRating parse(String raw, LevelContext context, int year, SourceLocation location) {
        return parse(raw, context, OptionalInt.of(year), Optional.of(location));
    }

    private ParsedRating parse(String raw, LevelContext context, OptionalInt year, Optional<SourceLocation> location) {
        Objects.requireNonNull(context, "context");
        if (raw == null || Folding.fold(raw).isEmpty()) {
            throw error(ErrorCode.MISSING_VALUE, location, "level.missing");
        }
        String key = LevelSpellings.matchKey(raw);
        boolean legacyYear = year.isPresent() && year.getAsInt() < spellings.legacyBefore();
        if (legacyYear) {
            Optional<LevelSpelling> legacy = spellings.legacy(key);
            if (legacy.isPresent()) {
                return legacy.get().rating();
            }
        }
        Optional<LevelSpelling> current = spellings.current(key);
        if (current.isPresent() && current.get().acceptedIn(context)) {
            return current.get().rating();
        }
        if (current.isPresent() || (context == LevelContext.GENERIC && isCriterionScore(key))) {
            throw error(ErrorCode.AMBIGUOUS_LEVEL, location, "level.ambiguous", raw);
        }
        if (isCriterionScore(key)) {
            throw error(ErrorCode.UNKNOWN_LEVEL, location, "level.unknown.criterion", raw);
        }
        if (!legacyYear && spellings.legacy(key).isPresent()) {
            throw error(
                    ErrorCode.UNKNOWN_LEVEL,
                    location,
                    "level.unknown.legacy",
                    raw,
                    String.valueOf(spellings.legacyBefore()));
        }
        throw error(ErrorCode.UNKNOWN_LEVEL, location, "level.unknown", raw);
    }

    private boolean isCriterionScore(String key) {
        return spellings.criterionScore(key).isPresent();
    }

    private static DanhgiaException error(
            ErrorCode code, Optional<SourceLocation> location, String messageKey, Object... arguments) {
        String message = LevelSpellings.MESSAGES.format(messageKey, arguments);
        return new DanhgiaException(code, message, location.orElse(null));
    }
}
