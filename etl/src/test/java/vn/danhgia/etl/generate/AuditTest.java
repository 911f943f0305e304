package vn.danhgia.etl.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.danhgia.etl.generate.YearRecords.LeaderRow;

/** The truth of the rule detectors: recomputed from each year's records, never from later state. */
class AuditTest {
    private static Simulation simulate(long seed) {
        GeneratorOptions options = new GeneratorOptions(Scale.DISTRICT, 2018, 2025, seed, Path.of("unused"), false);
        Simulation simulation = new Simulation(options, 0, new SplittableRandom(seed * 1_000_003L).split());
        simulation.run();
        return simulation;
    }

    /**
     * Seed 16 plants org_excellent_blocked in 2023 on C23 through its disciplined secretary, who is no
     * longer a leader by the end of the run: the truth read the person's position at the end and lost
     * the finding (issue [9] item 7). The leader list of 2023 is what counts.
     */
    @Test
    void aSecretaryDisciplinedIn2023BlocksTheOrganizationAfterLeavingOffice() {
        Simulation simulation = simulate(16);
        Finding planted = new Finding(Detector.ORG_EXCELLENT_BLOCKED, 2023, "C23", "");
        assertThat(simulation.plan.planted).contains(planted);
        YearRecords year2023 = simulation.years.stream()
                .filter(records -> records.year == 2023)
                .findFirst()
                .orElseThrow();
        Set<String> disciplined = year2023.discipline.stream()
                .map(entry -> entry.person().card)
                .collect(java.util.stream.Collectors.toSet());
        List<LeaderRow> blocking = year2023.leaders.stream()
                .filter(leader ->
                        leader.organization().code.equals("C23") && disciplined.contains(leader.person().card))
                .toList();
        assertThat(blocking).hasSize(1);
        assertThat(blocking.get(0).person().leaderPosition)
                .as("no longer a leader in 2025")
                .isNull();
        assertThat(Audit.findings(simulation)).contains(planted);
    }

    @Test
    void everyPlantedRuleFindingIsInTheTruthOnSeedsWhereLeadersLeave() {
        for (long seed : new long[] {16, 31, 33}) {
            Simulation simulation = simulate(seed);
            Set<Finding> truth = Audit.findings(simulation);
            assertThat(simulation.plan.planted.stream()
                            .filter(finding -> Detector.RULE_BASED.contains(finding.detector()))
                            .filter(finding -> !truth.contains(finding))
                            .toList())
                    .as("seed %d", seed)
                    .isEmpty();
        }
    }

    /** Seed 17: a commune's shortcoming of 2020 repeats an open one of its lineage in other words. */
    @Test
    void theTruthHoldsRuleCasesThatNoPlantMade() {
        Simulation simulation = simulate(17);
        assertThat(simulation.plan.planted)
                .doesNotContain(new Finding(Detector.RECURRING_SHORTCOMING, 2020, "X23", ""));
        assertThat(Audit.findings(simulation)).contains(new Finding(Detector.RECURRING_SHORTCOMING, 2020, "X23", ""));
    }

    /** The examples of sql/detectors/thresholds.yaml, either side of min_similarity 0.25. */
    @Test
    void shortcomingsInOtherWordsScoreAsTheThresholdsSay() {
        assertThat(AuditShortcomings.similarity(
                        "Thu ngân sách trên địa bàn không đạt dự toán", "Thu ngân sách chưa đạt chỉ tiêu được giao"))
                .isCloseTo(0.26, within(0.005));
        assertThat(AuditShortcomings.similarity(
                        "Giải quyết thủ tục hành chính còn để quá hạn",
                        "Giải quyết đơn thư khiếu nại có vụ việc còn kéo dài"))
                .isLessThan(0.25);
    }
}
