package vn.danhgia.analytics.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.sql.SqlEngine;
import vn.danhgia.core.sql.SqlEngine.EngineException;
import vn.danhgia.core.sql.SqlPipeline.JavaStep;

/**
 * Pipeline step {@code java:leniency_index}: counts from {@code sql/stats/leniency_index_input.sql},
 * the tests of {@link LeniencyIndex}, the result into {@code mart.leniency_index}
 * ({@code sql/stats/leniency_index_table.sql}).
 */
public final class LeniencyIndexStep implements JavaStep {
    private static final Logger LOG = LoggerFactory.getLogger(LeniencyIndexStep.class);

    @Override
    public void run(SqlEngine engine) throws EngineException {
        LeniencyIndex.Criteria criteria = new LeniencyIndex.Criteria(
                (int) StatsEngine.threshold(engine, "leniency_outlier", "min_peers"),
                StatsEngine.threshold(engine, "leniency_outlier", "max_q_value"),
                StatsEngine.threshold(engine, "leniency_outlier", "min_effect"));
        List<LeniencyIndex.OrganizationCount> counts = new ArrayList<>();
        for (Object[] row : StatsEngine.query(engine, StatsEngine.sql("leniency_index_input"))) {
            counts.add(new LeniencyIndex.OrganizationCount(
                    StatsEngine.integer(row[0]),
                    (String) row[1],
                    (String) row[2],
                    StatsEngine.count(row[3]),
                    StatsEngine.count(row[4])));
        }
        List<LeniencyIndex.Score> scores = LeniencyIndex.compute(counts, criteria);
        List<Object[]> rows = new ArrayList<>();
        for (LeniencyIndex.Score score : scores) {
            LeniencyIndex.OrganizationCount count = score.count();
            rows.add(new Object[] {
                count.year(),
                count.organizationCode(),
                count.unitType(),
                count.rated(),
                count.excellent(),
                count.share(),
                score.peerOrganizations(),
                score.peersLeftOut(),
                score.peerRated(),
                score.peerExcellent(),
                value(score.peerShare()),
                value(score.effect()),
                value(score.pValue()),
                value(score.qValue())
            });
        }
        StatsEngine.write(engine, "leniency_index_table", "mart.leniency_index", rows);
        LOG.info("mart.leniency_index: {} organization-years", rows.size());
    }

    private static Double value(OptionalDouble optional) {
        return optional.isPresent() ? optional.getAsDouble() : null;
    }
}
