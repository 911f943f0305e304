package vn.danhgia.analytics.marts;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.analytics.marts.MartSteps.rows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.config.DanhgiaConfig;
import vn.danhgia.core.rules.RuleBook;
import vn.danhgia.etl.generate.Generator;
import vn.danhgia.etl.generate.GeneratorOptions;
import vn.danhgia.etl.load.LoadProgress;
import vn.danhgia.etl.load.Loader;
import vn.danhgia.etl.load.PseudonymKey;
import vn.danhgia.etl.read.ReadHints;

/**
 * The marts on a generated district (the small test scale, seed 7, 2018-2025: communes merged in 2024
 * and regrouped in 2025, two organizations turned into cells), checked against core and the
 * generator's truth.
 */
class MartsIT {
    private static final Logger LOG = LoggerFactory.getLogger(MartsIT.class);

    @TempDir
    static Path temp;

    static Path data;
    static Connection connection;

    @BeforeAll
    static void generateLoadAndBuildTheMarts() throws Exception {
        data = temp.resolve("district");
        new Generator(GeneratorOptions.parse("test", "2018-2025", 7, data, "csv")).run();
        Path warehouse = temp.resolve("w.duckdb");
        new Loader(Clock.systemUTC(), RuleBook.defaults())
                .load(
                        new Loader.Request(List.of(data), warehouse, ReadHints.none(), false),
                        PseudonymKey.resolve(DanhgiaConfig.defaults(), List.of(data)),
                        LoadProgress.NONE);
        connection = DriverManager.getConnection("jdbc:duckdb:" + warehouse);
        Map<String, Long> timings = MartSteps.run(connection);
        LOG.info("mart steps on the generated district (ms): {}", timings);
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void everyMartDataTestPasses() {
        assertThat(MartSteps.failingDataTests(connection)).isEmpty();
    }

    @Test
    void levelCountsEqualCoreCountsEveryYear() throws SQLException {
        List<String> core = rows(connection, """
                select year, count(*), sum(case when status = 'rated' then 1 else 0 end),
                    sum(case when final_level = 'HTXSNV' then 1 else 0 end)
                from core.member_rating group by year order by year""");
        List<String> mart = rows(connection, """
                select year, sum(count_members), sum(count_rated), sum(count_htxsnv)
                from mart.level_distribution_by_type group by year order by year""");

        assertThat(core).hasSize(8);
        assertThat(mart).isEqualTo(core);
    }

    @Test
    void asIsCountsEveryPredecessorOfAMergedCommuneForItsSuccessor() throws SQLException {
        String successor = "X10";
        Set<String> predecessors = predecessorsOf(successor);
        String list = predecessors.stream().map(code -> "'" + code + "'").collect(Collectors.joining(", "));
        List<String> expected = rows(
                connection,
                "select year, cast(count(*) as decimal(12, 4)) from core.member_rating"
                        + " where status = 'rated' and org_code in (" + list + ") group by year order by year");

        List<String> asIs = rows(
                connection,
                "select year, count_rated from mart.yoy_delta" + " where view = 'as_is' and unit_code = '" + successor
                        + "' order by year");

        // X01+X02 -> X08 and X03+X04 -> X09 (2024), then X06..X09 -> X10 with C08, C09 as its cells (2025)
        assertThat(predecessors).contains("X01", "X02", "X03", "X04", "X05", "X06", "X07", "X08", "X09", "C08", "C09");
        assertThat(asIs).hasSize(8).isEqualTo(expected);
        assertThat(rows(
                        connection,
                        "select count(*) from mart.yoy_delta where view = 'as_was' and unit_code = '" + successor
                                + "'"))
                .containsExactly("1");
    }

    @Test
    void lateSubmissionsAreTheOnesTheGeneratorPlanted() throws Exception {
        Set<String> planted = new TreeSet<>();
        for (String line : Files.readAllLines(data.resolve("truth/findings.csv"), StandardCharsets.UTF_8)) {
            String[] fields = line.split(",", -1);
            if (fields[0].equals("late_review") || fields[0].equals("late_report")) {
                planted.add(fields[0] + " " + fields[1] + " " + fields[2]);
            }
        }
        Set<String> found = new TreeSet<>(rows(connection, """
                select 'late_review ' || year || ' ' || unit_code from mart.submission_timeliness
                where not is_review_on_time
                union all
                select 'late_report ' || year || ' ' || unit_code from mart.submission_timeliness
                where not is_report_on_time"""));

        assertThat(planted).isNotEmpty();
        assertThat(found).isEqualTo(planted);
    }

    @Test
    void memberCandidatesAreExactlyTheFiveYearExcellentStreaks() throws SQLException {
        Map<String, Set<Integer>> excellentYears = new HashMap<>();
        for (String row : rows(
                connection,
                "select distinct person_key, year from core.member_rating"
                        + " where status = 'rated' and final_level = 'HTXSNV'")) {
            String[] fields = row.split(" \\| ");
            excellentYears.computeIfAbsent(fields[0], key -> new HashSet<>()).add(Integer.parseInt(fields[1]));
        }
        Set<String> expected = new TreeSet<>();
        excellentYears.forEach((person, years) -> years.stream()
                .filter(year -> years.containsAll(List.of(year - 1, year - 2, year - 3, year - 4)))
                .forEach(year -> expected.add(year + " " + person)));

        Set<String> candidates = new TreeSet<>(rows(
                connection,
                "select year || ' ' || person_key"
                        + " from mart.award_candidates where kind = 'member_excellent_5_years'"));

        assertThat(expected).isNotEmpty();
        assertThat(candidates).isEqualTo(expected);
    }

    /** The units whose lineage leads to {@code successor} or to one of its cells, the successor included. */
    private static Set<String> predecessorsOf(String successor) throws SQLException {
        Map<String, List<String>> incoming = new HashMap<>();
        for (String row : rows(connection, "select from_unit_code, to_unit_code from core.unit_lineage")) {
            String[] fields = row.split(" \\| ");
            incoming.computeIfAbsent(fields[1], key -> new ArrayList<>()).add(fields[0]);
        }
        Deque<String> pending = new ArrayDeque<>(rows(
                connection,
                "select unit_code from core.dim_unit where valid_to is null and (unit_code = '" + successor
                        + "' or parent_code = '" + successor + "')"));
        Set<String> seen = new TreeSet<>();
        while (!pending.isEmpty()) {
            String code = pending.pop();
            if (seen.add(code)) {
                pending.addAll(incoming.getOrDefault(code, List.of()));
            }
        }
        return seen;
    }
}
