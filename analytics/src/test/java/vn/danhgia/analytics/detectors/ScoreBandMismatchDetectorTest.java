package vn.danhgia.analytics.detectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.danhgia.analytics.detectors.RuleRows.leader;
import static vn.danhgia.analytics.detectors.RuleRows.memberScored;
import static vn.danhgia.analytics.detectors.RuleRows.organization;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.analytics.testing.Finding;
import vn.danhgia.analytics.testing.TinyWarehouse;

class ScoreBandMismatchDetectorTest {

    @Test
    void flagsExcellentJustUnderNinetyButNotAtNinety() {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            RuleRows.ruleYears(warehouse, 2025);
            warehouse.execute(memberScored(2025, "at-90", "A", "HTXSNV", "90.00", 3)
                    + memberScored(2025, "under-90", "A", "HTXSNV", "89.90", 4)
                    + memberScored(2025, "good-70", "A", "HTTNV", "70.00", 5));

            warehouse.run("detectors/score_band_mismatch");

            List<Finding> findings = warehouse.findings("score_band_mismatch");
            assertThat(findings)
                    .extracting(Finding::year, Finding::unitCode, Finding::subjectKey, Finding::severity)
                    .containsExactly(tuple(2025, "A", "under-90", "medium"));
            assertThat(findings.get(0).score()).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
            JsonNode evidence = findings.get(0).evidenceJson();
            JsonNode rating = evidence.get("ratings").get(0);
            assertThat(rating.get("kind").asText()).isEqualTo("member");
            assertThat(rating.get("score").asDouble()).isEqualTo(89.9);
            assertThat(rating.get("final_level").asText()).isEqualTo("HTXSNV");
            assertThat(rating.get("band_level").asText()).isEqualTo("HTTNV");
            assertThat(evidence.get("rule").asText()).isEqualTo(RuleRows.text("score_band", 2025));
            assertThat(evidence.get("sources"))
                    .extracting(source -> source.get("file").asText() + "|"
                            + source.get("sheet").asText() + "|"
                            + source.get("row").asInt())
                    .containsExactly("2025/DS A.xlsx|DS|4");
        }
    }

    @Test
    void judgesOrganizationsAndLeadersAndJoinsALeadersTwoRatings() {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            RuleRows.ruleYears(warehouse, 2024, 2025);
            warehouse.execute(organization(2025, "A", "HTTNV", "90.00", 2)
                    + organization(2025, "B", "HTXSNV", "92.00", 3)
                    + memberScored(2025, "secretary", "B", "HTXSNV", "86.50", 7)
                    + leader(2025, "secretary", "B", "HTXSNV", "86.50", 9)
                    + leader(2025, "director", "B", "KHTNV", "75.00", 10)
                    // no score bands before 2025
                    + organization(2024, "C", "HTXSNV", "40.00", 2));

            warehouse.run("detectors/score_band_mismatch");

            List<Finding> findings = warehouse.findings("score_band_mismatch");
            assertThat(findings)
                    .extracting(
                            Finding::year, Finding::unitCode, Finding::subjectKey, Finding::severity, Finding::score)
                    .containsExactly(
                            tuple(2025, "A", "", "medium", 0.0),
                            tuple(2025, "B", "director", "high", 25.0),
                            tuple(2025, "B", "secretary", "medium", 3.5));
            JsonNode secretary = findings.get(2).evidenceJson();
            assertThat(secretary.get("ratings"))
                    .extracting(rating -> rating.get("kind").asText())
                    .containsExactly("leader", "member");
            assertThat(secretary.get("sources"))
                    .extracting(source -> source.get("file").asText() + "|"
                            + source.get("row").asInt())
                    .containsExactly("2025/DS B.xlsx|7", "2025/xep loai can bo 2025.xlsx|9");
        }
    }
}
