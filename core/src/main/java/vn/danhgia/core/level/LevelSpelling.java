package vn.danhgia.core.level;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One row of the spelling table: a text as listed in the data file, its matching key, what it means and
 * where it is accepted. The ETL loader writes these rows to the warehouse so SQL staging can map levels
 * with the very same table.
 *
 * @param text the spelling as listed (NFC), e.g. "HT tốt NV"
 * @param key the matching key (see {@link LevelSpellings#matchKey(String)}), e.g. "httotnv"
 * @param rating what it means
 * @param contexts where it is accepted: both contexts, or only {@link LevelContext#LEVEL_COLUMN}
 * @param onlyBeforeYear for the pre-2018 names: accepted only for rating years before this one
 */
public record LevelSpelling(
        String text, String key, ParsedRating rating, Set<LevelContext> contexts, OptionalInt onlyBeforeYear) {

    public LevelSpelling {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(onlyBeforeYear, "onlyBeforeYear");
        contexts = Set.copyOf(contexts);
        if (key.isEmpty() || !key.equals(LevelSpellings.matchKey(text))) {
            throw new IllegalArgumentException("Key '" + key + "' is not the match key of '" + text + "'");
        }
        if (contexts.isEmpty()) {
            throw new IllegalArgumentException("Spelling '" + text + "' is accepted in no context");
        }
    }

    /** The text folded for reading: no diacritics, đ → d, lower case, single spaces ("ht tot nv"). */
    public String folded() {
        return Folding.fold(text);
    }

    public boolean acceptedIn(LevelContext context) {
        return contexts.contains(context);
    }

    /** Whether it is read for a rating year (the pre-2018 names only before their last year). */
    public boolean appliesTo(int year) {
        return onlyBeforeYear.isEmpty() || year < onlyBeforeYear.getAsInt();
    }

    public boolean isLegacy() {
        return onlyBeforeYear.isPresent();
    }
}
