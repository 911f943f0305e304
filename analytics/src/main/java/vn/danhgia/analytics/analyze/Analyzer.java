package vn.danhgia.analytics.analyze;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.rules.RuleBook;
import vn.danhgia.core.sql.DataTest;
import vn.danhgia.core.sql.DataTestResult;
import vn.danhgia.core.sql.DataTests;
import vn.danhgia.core.sql.JdbcSqlEngine;
import vn.danhgia.core.sql.SqlEngine;
import vn.danhgia.core.sql.SqlPipeline;
import vn.danhgia.core.sql.WarehouseSchema;
import vn.danhgia.core.warehouse.RuleYears;

/**
 * Runs the analysis on one open warehouse connection: the thresholds into mart.detector_threshold, the
 * {@code analyze} pipeline (marts, statistics, detectors), then the marts' data tests. Publishing the
 * result (or not) is the caller's business: {@code danhgia analyze} works on a copy of the warehouse.
 */
public final class Analyzer {
    private static final Logger LOG = LoggerFactory.getLogger(Analyzer.class);

    /** The data tests of the analysis: under {@code sql/tests/marts/} and {@code sql/tests/stats/}. */
    public static final List<String> LAYERS = List.of("marts", "stats");

    private final Thresholds thresholds;
    private final Optional<RuleBook> rules;
    private final Clock clock;

    /** An analysis of the warehouse as it is, core.dim_rule_year included (tests on hand-made rows). */
    public Analyzer(Thresholds thresholds, Clock clock) {
        this(thresholds, Optional.empty(), clock);
    }

    /**
     * An analysis that first rewrites core.dim_rule_year from {@code rules}, so that the installation's
     * rules as they are now apply (a changed rules_file, or a table a schema migration recreated).
     */
    public Analyzer(Thresholds thresholds, Optional<RuleBook> rules, Clock clock) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How many findings a detector made in a year. */
    public record FindingCount(String detector, int year, long findings) {}

    /** What one analysis did. */
    public record Result(List<FindingCount> counts, List<DataTestResult> martTests, Duration time) {
        public Result {
            counts = List.copyOf(counts);
            martTests = List.copyOf(martTests);
        }

        public long findings() {
            return counts.stream().mapToLong(FindingCount::findings).sum();
        }

        public long detectors() {
            return counts.stream().map(FindingCount::detector).distinct().count();
        }

        public List<DataTestResult> failedTests() {
            return martTests.stream().filter(test -> !test.passed()).toList();
        }
    }

    /** The analysis of a DuckDB warehouse: the schema brought up to date, the rule book applied, then {@link #analyze(SqlEngine)}. */
    public Result analyze(Connection connection) throws SQLException {
        WarehouseSchema.fromClasspath().apply(connection);
        if (rules.isPresent()) {
            RuleYears.write(connection, rules.get());
        }
        return analyze(new JdbcSqlEngine(connection));
    }

    /**
     * The analysis on any engine whose warehouse has the current schema: thresholds, the {@code analyze}
     * pipeline (the engine's twin of a model where there is one), the data tests, the counts.
     */
    public Result analyze(SqlEngine engine) {
        Instant started = clock.instant();
        try {
            thresholds.write(engine);
        } catch (SqlEngine.EngineException e) {
            throw new DanhgiaException(ErrorCode.INTERNAL, "mart.detector_threshold: " + e.getMessage(), null, e);
        }
        SqlPipeline.fromClasspath("analyze").run(engine, JavaSteps.all());
        List<DataTest> martTests = LAYERS.stream()
                .flatMap(layer -> DataTests.ofLayer(layer).stream())
                .toList();
        List<DataTestResult> results = DataTests.run(engine, martTests);
        Result result = new Result(counts(engine), results, Duration.between(started, clock.instant()));
        LOG.info(
                "analyze: {} findings from {} detectors, {} of {} mart tests passed, {} ms",
                result.findings(),
                result.detectors(),
                results.size() - result.failedTests().size(),
                results.size(),
                result.time().toMillis());
        return result;
    }

    /** Records the analysis in meta.audit (who ran it, when, what it found). */
    public void audit(Connection connection, String actor, String warehouse, Result result) {
        audit(new JdbcSqlEngine(connection), actor, warehouse, result);
    }

    /** Records the analysis in meta.audit on any engine. */
    public void audit(SqlEngine engine, String actor, String warehouse, Result result) {
        Object[] row = {
            LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
            actor,
            "analyze",
            warehouse,
            result.findings() + " findings from " + result.detectors() + " detectors"
        };
        try {
            engine.append("meta.audit", List.<Object[]>of(row));
        } catch (SqlEngine.EngineException e) {
            throw new DanhgiaException(ErrorCode.INTERNAL, "meta.audit: " + e.getMessage(), null, e);
        }
    }

    private static List<FindingCount> counts(SqlEngine engine) {
        List<FindingCount> counts = new ArrayList<>();
        try {
            for (Object[] row : engine.query(
                            "select detector, year, count(*) from mart.findings group by detector, year order by detector, year")
                    .values()) {
                counts.add(
                        new FindingCount((String) row[0], ((Number) row[1]).intValue(), ((Number) row[2]).longValue()));
            }
        } catch (SqlEngine.EngineException e) {
            throw new DanhgiaException(ErrorCode.INTERNAL, "mart.findings: " + e.getMessage(), null, e);
        }
        return counts;
    }
}
