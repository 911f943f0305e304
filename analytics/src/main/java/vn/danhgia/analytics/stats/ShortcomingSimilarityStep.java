package vn.danhgia.analytics.stats;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.sql.SqlEngine;
import vn.danhgia.core.sql.SqlEngine.EngineException;
import vn.danhgia.core.sql.SqlPipeline.JavaStep;

/**
 * Pipeline step {@code java:shortcoming_similarity}: the trigram similarity ({@link TextSimilarity}) of
 * each distinct pair of descriptions in {@code mart.shortcoming_pair} (earlier and later shortcoming of
 * one subject), into {@code mart.shortcoming_similarity}. Only the candidate pairs are compared, never
 * every text with every other, so the work grows with the subjects' histories, not with the register.
 */
public final class ShortcomingSimilarityStep implements JavaStep {
    private static final Logger LOG = LoggerFactory.getLogger(ShortcomingSimilarityStep.class);

    @Override
    public void run(SqlEngine engine) throws EngineException {
        List<Object[]> rows = new ArrayList<>();
        for (Object[] pair : StatsEngine.query(engine, StatsEngine.sql("shortcoming_similarity_input"))) {
            String earlier = (String) pair[0];
            String later = (String) pair[1];
            rows.add(new Object[] {earlier, later, TextSimilarity.trigramJaccard(earlier, later)});
        }
        StatsEngine.write(engine, "shortcoming_similarity_table", "mart.shortcoming_similarity", rows);
        LOG.info("mart.shortcoming_similarity: {} pairs of descriptions", rows.size());
    }
}
