package vn.danhgia.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.analytics.analyze.Analyzer;
import vn.danhgia.analytics.analyze.Thresholds;
import vn.danhgia.core.warehouse.Warehouses;

/**
 * The detectors against the generator's ground truth on two seeds (the default verify; more seeds in
 * {@link DetectorSweepIT}): two generated districts, the second of the wide variety (member lists worded,
 * titled and named beyond the loader's synonyms), are loaded and analyzed, and every detector's findings
 * are compared with DIR/truth/findings.csv. Prints precision and recall per detector and seed, and holds
 * the rule detectors to 1.0 and the statistical ones to 0.90 ({@link DetectorAccuracy}).
 */
class DetectorAccuracyIT {
    static final long[] SEEDS = {2025, 7};
    /** The variety of each seed's district, in the order of {@link #SEEDS}. */
    static final String[] VARIETIES = {"standard", "wide"};

    @TempDir
    static Path temp;

    static final Map<Long, DetectorAccuracy.Run> RUNS = new LinkedHashMap<>();

    @BeforeAll
    static void generateLoadAndAnalyze() throws Exception {
        for (int index = 0; index < SEEDS.length; index++) {
            RUNS.put(SEEDS[index], DetectorAccuracy.prepare(SEEDS[index], VARIETIES[index], temp));
        }
    }

    @Test
    void everyDetectorFindsWhatWasPlantedOnTwoSeeds() throws Exception {
        List<DetectorAccuracy.Score> scores = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (DetectorAccuracy.Run run : RUNS.values()) {
            DetectorAccuracy.compare(run, scores, failures);
        }
        StringBuilder table = new StringBuilder(DetectorAccuracy.header());
        scores.forEach(score -> table.append(score.row()));
        new PrintStream(System.out, true, StandardCharsets.UTF_8).print(table);
        assertThat(failures).as(table.toString()).isEmpty();
    }

    @Test
    void analyzingTwiceGivesTheSameMarts() throws Exception {
        Path warehouse = RUNS.get(SEEDS[0]).warehouse();
        Map<String, String> before = martChecksums(warehouse);
        try (Connection connection = Warehouses.open(warehouse, Warehouses.Mode.WRITABLE)) {
            new Analyzer(Thresholds.builtIn(), Clock.systemUTC()).analyze(connection);
        }
        assertThat(before).containsKey("mart.findings");
        assertThat(martChecksums(warehouse)).isEqualTo(before);
    }

    private static Map<String, String> martChecksums(Path warehouse) throws SQLException {
        Map<String, String> sums = new LinkedHashMap<>();
        try (Connection connection = Warehouses.open(warehouse, Warehouses.Mode.READ_ONLY);
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'mart' order by table_name")) {
                while (rows.next()) {
                    tables.add("mart." + rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select count(*) || ':' || coalesce(md5(string_agg("
                        + "cast(t as varchar), '|' order by cast(t as varchar))), '') from " + table + " t")) {
                    rows.next();
                    sums.put(table, rows.getString(1));
                }
            }
        }
        return sums;
    }
}
