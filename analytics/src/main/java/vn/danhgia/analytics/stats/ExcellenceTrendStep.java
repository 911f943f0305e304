package vn.danhgia.analytics.stats;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.sql.SqlEngine;
import vn.danhgia.core.sql.SqlEngine.EngineException;
import vn.danhgia.core.sql.SqlPipeline.JavaStep;

/**
 * Pipeline step {@code java:excellence_trend}: excellent shares ({@code sql/stats/excellence_trend_input.sql})
 * and task results ({@code sql/stats/excellence_trend_tasks.sql}) through {@link ExcellenceTrend}, into
 * {@code mart.excellence_trend}: one row per organization and year ending a run of rising shares.
 */
public final class ExcellenceTrendStep implements JavaStep {
    private static final Logger LOG = LoggerFactory.getLogger(ExcellenceTrendStep.class);

    @Override
    public void run(SqlEngine engine) throws EngineException {
        double minimumRise = StatsEngine.threshold(engine, "inflation_trend", "min_yearly_rise");
        double confidence = StatsEngine.threshold(engine, "inflation_trend", "confidence");
        List<ExcellenceTrend.Run> runs = ExcellenceTrend.compute(
                counts(engine, "excellence_trend_input"),
                counts(engine, "excellence_trend_tasks"),
                minimumRise,
                confidence);
        List<Object[]> rows = new ArrayList<>();
        for (ExcellenceTrend.Run run : runs) {
            CochranArmitage.Trend trend = run.trend();
            rows.add(new Object[] {
                run.organizationCode(),
                run.year(),
                run.firstYear(),
                run.years(),
                run.minimumRise(),
                run.firstShare(),
                run.lastShare(),
                trend.slope(),
                trend.standardError(),
                trend.slopeLower(),
                trend.z(),
                trend.pValue(),
                run.taskTrend().map(CochranArmitage.Trend::slope).orElse(null),
                run.taskTrend().map(CochranArmitage.Trend::z).orElse(null),
                run.taskTrend().map(CochranArmitage.Trend::pValue).orElse(null)
            });
        }
        StatsEngine.write(engine, "excellence_trend_table", "mart.excellence_trend", rows);
        LOG.info("mart.excellence_trend: {} runs of rising excellent shares", rows.size());
    }

    private static List<ExcellenceTrend.YearCount> counts(SqlEngine engine, String input) throws EngineException {
        List<ExcellenceTrend.YearCount> counts = new ArrayList<>();
        for (Object[] row : StatsEngine.query(engine, StatsEngine.sql(input))) {
            counts.add(new ExcellenceTrend.YearCount(
                    (String) row[0],
                    StatsEngine.integer(row[1]),
                    StatsEngine.count(row[2]),
                    StatsEngine.count(row[3])));
        }
        return counts;
    }
}
