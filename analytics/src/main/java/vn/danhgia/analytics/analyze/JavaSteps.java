package vn.danhgia.analytics.analyze;

import java.util.Map;
import vn.danhgia.analytics.stats.ExcellenceTrendStep;
import vn.danhgia.analytics.stats.LeniencyIndexStep;
import vn.danhgia.analytics.stats.ShortcomingSimilarityStep;
import vn.danhgia.core.sql.SqlPipeline.JavaStep;

/**
 * The Java steps of the analysis pipeline, by the name a {@code java:<name>} step gives in
 * {@code sql/pipelines/analyze.yaml}: statistics SQL cannot compute (exact tests, FDR correction).
 */
public final class JavaSteps {
    private JavaSteps() {}

    public static Map<String, JavaStep> all() {
        return Map.of(
                "leniency_index", new LeniencyIndexStep(),
                "excellence_trend", new ExcellenceTrendStep(),
                "shortcoming_similarity", new ShortcomingSimilarityStep());
    }
}
