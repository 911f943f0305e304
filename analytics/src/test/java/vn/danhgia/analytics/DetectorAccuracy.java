package vn.danhgia.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.danhgia.analytics.analyze.Analyzer;
import vn.danhgia.analytics.analyze.Thresholds;
import vn.danhgia.core.config.DanhgiaConfig;
import vn.danhgia.core.rules.RuleBook;
import vn.danhgia.core.warehouse.Warehouses;
import vn.danhgia.etl.generate.Generator;
import vn.danhgia.etl.generate.GeneratorOptions;
import vn.danhgia.etl.load.LoadProgress;
import vn.danhgia.etl.load.Loader;
import vn.danhgia.etl.load.PseudonymKey;
import vn.danhgia.etl.read.ReadHints;

/**
 * The detectors against the generator's ground truth, for one seed: a district is generated, loaded and
 * analyzed, and every detector's findings are compared with DIR/truth/findings.csv (card numbers mapped to
 * pseudonyms through restricted.person_identity). Rule detectors are held to precision and recall 1.0 (the
 * generator recomputes their truth from the data as written); statistical ones to 0.90 (their truth is
 * what was planted: TRUTH.md).
 */
final class DetectorAccuracy {
    static final List<String> DETECTORS = List.of(
            "excellent_quota",
            "disciplined_not_downgraded",
            "org_excellent_blocked",
            "score_band_mismatch",
            "excellent_unremedied",
            "rubber_stamp",
            "leniency_outlier",
            "rating_compression",
            "inflation_trend",
            "rating_outcome_mismatch",
            "monthly_annual_mismatch",
            "recurring_shortcoming",
            "late_review",
            "late_report",
            "summary_detail_mismatch");
    static final Set<String> STATISTICAL =
            Set.of("leniency_outlier", "rating_compression", "inflation_trend", "rubber_stamp");
    static final double RULE_TARGET = 1.0;
    static final double STATISTICAL_TARGET = 0.90;

    private DetectorAccuracy() {}

    /** Counts of one detector on one seed. */
    record Score(String detector, long seed, int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            int found = truePositives + falsePositives;
            return found == 0 ? (falseNegatives == 0 ? 1.0 : 0.0) : (double) truePositives / found;
        }

        double recall() {
            int expected = truePositives + falseNegatives;
            return expected == 0 ? 1.0 : (double) truePositives / expected;
        }

        double target() {
            return STATISTICAL.contains(detector) ? STATISTICAL_TARGET : RULE_TARGET;
        }

        String row() {
            return String.format(
                    Locale.ROOT,
                    "%-28s %6d %5d %5d %5d %9.3f %7.3f%n",
                    detector,
                    seed,
                    truePositives,
                    falsePositives,
                    falseNegatives,
                    precision(),
                    recall());
        }
    }

    static String header() {
        return String.format(
                Locale.ROOT,
                "%-28s %6s %5s %5s %5s %9s %7s%n",
                "detector",
                "seed",
                "tp",
                "fp",
                "fn",
                "precision",
                "recall");
    }

    /** A generated, loaded and analyzed district. */
    record Run(long seed, Path data, Path warehouse) {}

    static Run prepare(long seed, Path temp) throws Exception {
        return prepare(seed, "standard", temp);
    }

    /** A district of the given variety ('standard', or 'wide': member lists worded beyond the synonyms). */
    static Run prepare(long seed, String variety, Path temp) throws Exception {
        Path data = temp.resolve("district-" + seed);
        new Generator(GeneratorOptions.parse(
                        "district", "2018-2025", seed, data, "mixed", variety, GeneratorOptions.DEFAULT_VARIETY_SHARE))
                .run();
        Path warehouse = temp.resolve("w-" + seed + ".duckdb");
        new Loader(Clock.systemUTC(), RuleBook.defaults())
                .load(
                        new Loader.Request(List.of(data), warehouse, ReadHints.none(), false),
                        PseudonymKey.resolve(DanhgiaConfig.defaults(), List.of(data)),
                        LoadProgress.NONE);
        try (Connection connection = Warehouses.open(warehouse, Warehouses.Mode.WRITABLE)) {
            Analyzer.Result result = new Analyzer(Thresholds.builtIn(), Clock.systemUTC()).analyze(connection);
            assertThat(result.failedTests()).as("mart data tests, seed " + seed).isEmpty();
        }
        return new Run(seed, data, warehouse);
    }

    /**
     * Compares every detector of a run with its truth: the scores go to {@code scores}, what misses its
     * target to {@code failures}.
     */
    static void compare(Run run, List<Score> scores, List<String> failures) throws Exception {
        Map<String, Set<String>> truth = truth(run);
        Map<String, Set<String>> found = found(run);
        for (String detector : DETECTORS) {
            Set<String> expected = truth.getOrDefault(detector, Set.of());
            Set<String> actual = found.getOrDefault(detector, Set.of());
            Set<String> hits = new HashSet<>(actual);
            hits.retainAll(expected);
            Score score = new Score(
                    detector, run.seed(), hits.size(), actual.size() - hits.size(), expected.size() - hits.size());
            scores.add(score);
            if (expected.isEmpty()) {
                failures.add(detector + " seed " + run.seed() + ": nothing planted, the generator's truth lacks it");
            } else if (score.precision() < score.target() || score.recall() < score.target()) {
                Set<String> missed = new HashSet<>(expected);
                missed.removeAll(actual);
                Set<String> extra = new HashSet<>(actual);
                extra.removeAll(expected);
                failures.add(String.format(
                        Locale.ROOT,
                        "%s seed %d: precision %.3f, recall %.3f (target %.2f); missed %s; extra %s",
                        detector,
                        run.seed(),
                        score.precision(),
                        score.recall(),
                        score.target(),
                        limit(missed),
                        limit(extra)));
            }
        }
    }

    /** The truth file as detector to "year|unit|subject" keys, card numbers mapped to person keys. */
    private static Map<String, Set<String>> truth(Run run) throws Exception {
        Map<String, String> keyOfCard = new HashMap<>();
        try (Connection connection = Warehouses.open(run.warehouse(), Warehouses.Mode.READ_ONLY);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select card_number, person_key from restricted.person_identity where card_number is not null")) {
            while (rows.next()) {
                keyOfCard.put(rows.getString(1), rows.getString(2));
            }
        }
        Map<String, Set<String>> truth = new HashMap<>();
        List<String> lines = Files.readAllLines(run.data().resolve("truth/findings.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            String subject = cells[3].isEmpty() ? "" : keyOfCard.getOrDefault(cells[3], "card:" + cells[3]);
            truth.computeIfAbsent(cells[0], d -> new HashSet<>()).add(cells[1] + "|" + cells[2] + "|" + subject);
        }
        return truth;
    }

    private static Map<String, Set<String>> found(Run run) throws SQLException {
        Map<String, Set<String>> found = new HashMap<>();
        try (Connection connection = Warehouses.open(run.warehouse(), Warehouses.Mode.READ_ONLY);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select detector, year, unit_code, coalesce(subject_key, '') from mart.findings")) {
            while (rows.next()) {
                found.computeIfAbsent(rows.getString(1), d -> new HashSet<>())
                        .add(rows.getInt(2) + "|" + rows.getString(3) + "|" + rows.getString(4));
            }
        }
        return found;
    }

    private static String limit(Set<String> keys) {
        List<String> sorted = new ArrayList<>(keys.stream().sorted().limit(8).toList());
        return sorted + (keys.size() > 8 ? " and " + (keys.size() - 8) + " more" : "");
    }
}
