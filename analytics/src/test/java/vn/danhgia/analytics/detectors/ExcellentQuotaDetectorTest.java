package vn.danhgia.analytics.detectors;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.analytics.detectors.RuleRows.members;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.analytics.testing.Finding;
import vn.danhgia.analytics.testing.TinyWarehouse;

class ExcellentQuotaDetectorTest {

    @Test
    void flagsOneExcellentMemberOverTheQuotaButNotExactlyAtIt() {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            RuleRows.ruleYears(warehouse, 2019);
            // at the quota: 2 excellent of 10 good (20%); exempt members do not count
            warehouse.execute(members(2019, "A", "HTTNV", 10, 1)
                    + members(2019, "A", "HTXSNV", 2, 11)
                    + members(2019, "A", "exempt", 3, 13));
            // one past it: 3 excellent of 10 good
            warehouse.execute(members(2019, "B", "HTTNV", 10, 1)
                    + members(2019, "B", "HTXSNV", 3, 11)
                    + members(2019, "B", "HTNV", 1, 14));

            warehouse.run("detectors/excellent_quota");

            List<Finding> findings = warehouse.findings("excellent_quota");
            assertThat(findings)
                    .extracting(Finding::year, Finding::unitCode, Finding::subjectKey, Finding::severity)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2019, "B", "", "medium"));
            assertThat(findings.get(0).score()).isEqualTo(1.0);
            JsonNode evidence = findings.get(0).evidenceJson();
            assertThat(evidence.get("excellent").asInt()).isEqualTo(3);
            assertThat(evidence.get("good").asInt()).isEqualTo(10);
            assertThat(evidence.get("rated").asInt()).isEqualTo(14);
            assertThat(evidence.get("quota_ratio").asDouble()).isEqualTo(0.2);
            assertThat(evidence.get("quota").asDouble()).isEqualTo(2.0);
            assertThat(evidence.get("over_quota").asDouble()).isEqualTo(1.0);
            assertThat(evidence.get("quota_confirmed").asBoolean()).isTrue();
            assertThat(evidence.get("rule").asText()).isEqualTo(RuleRows.text("quota", 2019));
            assertThat(evidence.get("sources"))
                    .extracting(source -> source.get("file").asText() + "|"
                            + source.get("sheet").asText() + "|"
                            + source.get("row").asInt())
                    .containsExactly("2019/DS B.xlsx|DS|11", "2019/DS B.xlsx|DS|12", "2019/DS B.xlsx|DS|13");
        }
    }

    @Test
    void countsExcellentAgainstAnEmptyGoodLevelAsABreach() {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            RuleRows.ruleYears(warehouse, 2025);
            warehouse.execute(members(2025, "C", "HTXSNV", 1, 1) + members(2025, "C", "HTNV", 4, 2));

            warehouse.run("detectors/excellent_quota");

            List<Finding> findings = warehouse.findings("excellent_quota");
            assertThat(findings).hasSize(1);
            assertThat(findings.get(0).severity()).isEqualTo("high");
            assertThat(findings.get(0).evidenceJson().get("quota_confirmed").asBoolean())
                    .isFalse();
        }
    }

    @Test
    void givesTheSameFindingsWhenRunTwice() {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            RuleRows.ruleYears(warehouse, 2019);
            warehouse.execute(members(2019, "B", "HTTNV", 5, 1) + members(2019, "B", "HTXSNV", 2, 6));

            warehouse.run("detectors/excellent_quota", "detectors/excellent_quota");

            assertThat(warehouse.findings("excellent_quota")).hasSize(1);
        }
    }
}
