package vn.danhgia.core.level;

import java.util.List;
import java.util.Map;

/** The shape of spellings.yaml as Jackson reads it; nullable fields are checked by {@link LevelSpellings}. */
record SpellingFile(
        List<SpellingFile.Group> spellings,
        Map<CriterionScore, List<String>> criterionScores,
        SpellingFile.Legacy legacy) {

    record Group(String meaning, Boolean levelColumnOnly, List<String> texts) {}

    record Legacy(
            Integer before, Map<RatingLevel, List<String>> organizations, Map<RatingLevel, List<String>> members) {}
}
