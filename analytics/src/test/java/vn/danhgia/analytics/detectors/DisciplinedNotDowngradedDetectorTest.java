package vn.danhgia.analytics.detectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.danhgia.analytics.detectors.RuleRows.discipline;
import static vn.danhgia.analytics.detectors.RuleRows.member;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.analytics.testing.Finding;
import vn.danhgia.analytics.testing.TinyWarehouse;

class DisciplinedNotDowngradedDetectorTest {

    @Test
    void flagsADisciplinedMemberOneLevelAboveNotCompletedButNotOneAtIt() {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            RuleRows.ruleYears(warehouse, 2019);
            warehouse.execute(member(2019, "p-at-cap", "A", "KHTNV", 5)
                    + discipline(2019, "p-at-cap", "A", false, 2)
                    + member(2019, "p-above", "A", "HTNV", 6)
                    + discipline(2019, "p-above", "A", false, 3)
                    + member(2019, "p-clean", "A", "HTXSNV", 7));

            warehouse.run("detectors/disciplined_not_downgraded");

            List<Finding> findings = warehouse.findings("disciplined_not_downgraded");
            assertThat(findings)
                    .extracting(
                            Finding::year, Finding::unitCode, Finding::subjectKey, Finding::severity, Finding::score)
                    .containsExactly(tuple(2019, "A", "p-above", "medium", 1.0));
            JsonNode evidence = findings.get(0).evidenceJson();
            assertThat(evidence.get("final_level").asText()).isEqualTo("HTNV");
            assertThat(evidence.get("allowed_level").asText()).isEqualTo("KHTNV");
            assertThat(evidence.get("decisions").asInt()).isEqualTo(1);
            assertThat(evidence.get("rule").asText()).isEqualTo(RuleRows.text("discipline", 2019));
            assertThat(evidence.get("sources"))
                    .extracting(source -> source.get("file").asText() + "|"
                            + source.get("sheet").asText() + "|"
                            + source.get("row").asInt())
                    .containsExactly("2019/DS A.xlsx|DS|6", "2019/so theo doi ky luat 2019.csv|null|3");
            assertThat(evidence.get("sources").get(1).get("self_detected").asBoolean())
                    .isFalse();
        }
    }

    @Test
    void exemptsSelfDetectedViolationsOnlyWhereTheYearsRulesDo() {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            RuleRows.ruleYears(warehouse, 2018, 2022, 2023);
            warehouse.execute(member(2018, "p", "A", "HTTNV", 1)
                    + discipline(2018, "p", "A", false, 1)
                    + member(2022, "q", "A", "HTTNV", 1)
                    + discipline(2022, "q", "A", true, 1)
                    + member(2023, "r", "A", "HTTNV", 1)
                    + discipline(2023, "r", "A", true, 1)
                    + member(2023, "s", "A", "HTTNV", 2)
                    + discipline(2023, "s", "A", false, 2));

            warehouse.run("detectors/disciplined_not_downgraded");

            // 2018 has no discipline rule; 2022 does not exempt self-detection, 2023 does
            assertThat(warehouse.findings("disciplined_not_downgraded"))
                    .extracting(Finding::year, Finding::subjectKey, Finding::severity, Finding::score)
                    .containsExactly(tuple(2022, "q", "high", 2.0), tuple(2023, "s", "high", 2.0));
        }
    }
}
