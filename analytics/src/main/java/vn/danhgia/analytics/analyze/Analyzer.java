package vn.danhgia.analytics.analyze;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.rules.RuleBook;
import vn.danhgia.core.sql.DataTest;
import vn.danhgia.core.sql.DataTestResult;
import vn.danhgia.core.sql.DataTests;
import vn.danhgia.core.sql.SqlPipeline;
import vn.danhgia.core.sql.WarehouseSchema;
import vn.danhgia.etl.load.RuleYears;

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

    public Result analyze(Connection connection) throws SQLException {
        Instant started = clock.instant();
        WarehouseSchema.fromClasspath().apply(connection);
        if (rules.isPresent()) {
            RuleYears.write(connection, rules.get());
        }
        thresholds.write(connection);
        SqlPipeline.fromClasspath("analyze").run(connection, SqlPipeline.Engine.DUCKDB, JavaSteps.all());
        List<DataTest> martTests = LAYERS.stream()
                .flatMap(layer -> DataTests.ofLayer(layer).stream())
                .toList();
        List<DataTestResult> results = DataTests.run(connection, martTests);
        Result result = new Result(counts(connection), results, Duration.between(started, clock.instant()));
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
    public void audit(Connection connection, String actor, String warehouse, Result result) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into meta.audit values (?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(clock.instant()));
            insert.setString(2, actor);
            insert.setString(3, "analyze");
            insert.setString(4, warehouse);
            insert.setString(5, result.findings() + " findings from " + result.detectors() + " detectors");
            insert.execute();
        }
    }

    private static List<FindingCount> counts(Connection connection) throws SQLException {
        List<FindingCount> counts = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select detector, year, count(*) from mart.findings group by detector, year order by detector, year")) {
            while (rows.next()) {
                counts.add(new FindingCount(rows.getString(1), rows.getInt(2), rows.getLong(3)));
            }
        }
        return counts;
    }
}
