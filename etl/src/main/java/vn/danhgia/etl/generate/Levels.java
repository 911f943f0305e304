package vn.danhgia.etl.generate;

import vn.danhgia.core.level.RatingLevel;
import vn.danhgia.core.rules.RuleBook;

/** What the generator asks of core's levels and rule sets: a level one step up, the band of a score. */
final class Levels {
    private static final RuleBook RULES = RuleBook.defaults();

    private Levels() {}

    /** One level up (excellent stays excellent). */
    static RatingLevel up(RatingLevel level) {
        return RatingLevel.fromRank(Math.min(RatingLevel.EXCELLENT.rank(), level.rank() + 1))
                .orElseThrow();
    }

    /** The level the year's score bands give a 100-point score (the rule set of 2025 on). */
    static RatingLevel band(int year, double score) {
        return RULES.forYear(year)
                .scoreBands()
                .orElseThrow(() -> new IllegalStateException("no score bands in the rules of " + year))
                .levelFor(score);
    }
}
