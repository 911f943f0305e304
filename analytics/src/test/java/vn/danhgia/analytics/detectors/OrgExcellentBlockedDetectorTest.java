package vn.danhgia.analytics.detectors;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.analytics.detectors.RuleRows.discipline;
import static vn.danhgia.analytics.detectors.RuleRows.leader;
import static vn.danhgia.analytics.detectors.RuleRows.member;
import static vn.danhgia.analytics.detectors.RuleRows.members;
import static vn.danhgia.analytics.detectors.RuleRows.organization;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.analytics.testing.Finding;
import vn.danhgia.analytics.testing.TinyWarehouse;

class OrgExcellentBlockedDetectorTest {

    @Test
    void blocksAnExcellentOrganizationUnderEightyPercentGoodButNotOneExactlyAtIt() {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            RuleRows.ruleYears(warehouse, 2020);
            // exactly 80% good or better, everyone at least completed: allowed
            warehouse.execute(organization(2020, "A", "HTXSNV", "null", 2)
                    + members(2020, "A", "HTTNV", 8, 1)
                    + members(2020, "A", "HTNV", 2, 9));
            // 70% good or better: blocked
            warehouse.execute(organization(2020, "B", "HTXSNV", "null", 3)
                    + members(2020, "B", "HTTNV", 7, 1)
                    + members(2020, "B", "HTNV", 3, 8));
            // one member not completed: blocked although 90% are good
            warehouse.execute(organization(2020, "C", "HTXSNV", "null", 4)
                    + members(2020, "C", "HTTNV", 9, 1)
                    + members(2020, "C", "KHTNV", 1, 10));
            // the same shares but rated good: nothing to block
            warehouse.execute(organization(2020, "D", "HTTNV", "null", 5) + members(2020, "D", "KHTNV", 1, 1));

            warehouse.run("detectors/org_excellent_blocked");

            List<Finding> findings = warehouse.findings("org_excellent_blocked");
            assertThat(findings).extracting(Finding::unitCode).containsExactly("B", "C");
            JsonNode b = findings.get(0).evidenceJson();
            assertThat(b.get("members_rated").asInt()).isEqualTo(10);
            assertThat(b.get("share_at_least_good").asDouble()).isEqualTo(0.7);
            assertThat(b.get("min_share_at_least_good").asDouble()).isEqualTo(0.8);
            assertThat(b.get("rule").asText()).isEqualTo(RuleRows.text("org_excellent", 2020));
            assertThat(b.get("sources"))
                    .extracting(source -> source.get("file").asText() + "|"
                            + source.get("row").asInt())
                    .containsExactly("2020/xep loai TCCS dang 2020.csv|3");
            JsonNode c = findings.get(1).evidenceJson();
            assertThat(c.get("share_at_least_completed").asDouble()).isEqualTo(0.9);
            assertThat(c.get("sources"))
                    .extracting(source -> source.get("file").asText() + "|"
                            + source.get("row").asInt())
                    .containsExactly("2020/DS C.xlsx|10", "2020/xep loai TCCS dang 2020.csv|4");
            assertThat(findings.get(0).severity()).isEqualTo("high");
        }
    }

    @Test
    void blocksFrom2023WhenALeaderIsDisciplinedEvenIfSelfDetected() {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            RuleRows.ruleYears(warehouse, 2023);
            warehouse.execute(organization(2023, "A", "HTXSNV", "null", 2)
                    + member(2023, "secretary", "A", "HTNV", 1)
                    + leader(2023, "secretary", "A", "HTNV", "null", 7)
                    + discipline(2023, "secretary", "A", true, 4));
            // a disciplined member who is not in the leadership does not block
            warehouse.execute(organization(2023, "B", "HTXSNV", "null", 3)
                    + member(2023, "someone", "B", "KHTNV", 1)
                    + discipline(2023, "someone", "B", false, 5));

            warehouse.run("detectors/org_excellent_blocked");

            List<Finding> findings = warehouse.findings("org_excellent_blocked");
            assertThat(findings).extracting(Finding::unitCode).containsExactly("A");
            JsonNode evidence = findings.get(0).evidenceJson();
            assertThat(evidence.get("leaders_disciplined").asInt()).isEqualTo(1);
            assertThat(evidence.get("rule").asText()).isEqualTo(RuleRows.text("org_excellent", 2023));
            assertThat(evidence.get("sources"))
                    .extracting(source -> source.get("file").asText() + "|"
                            + source.get("row").asInt())
                    .containsExactly("2023/so theo doi ky luat 2023.csv|4", "2023/xep loai TCCS dang 2023.csv|2");
        }
    }

    private static String cell(String code, String parent) {
        return "insert into core.dim_unit (unit_code, unit_name, unit_type, parent_code, tier, valid_from) values ('"
                + code + "', 'Chi bộ " + code + "', 'cell', '" + parent + "', 'cell', date '2000-01-01');\n";
    }

    @Test
    void judgesADangBoOverItsRatedSubUnitsToo() {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            RuleRows.ruleYears(warehouse, 2021);
            // four of five cells good: exactly 80%, allowed
            warehouse.execute(organization(2021, "P", "HTXSNV", "null", 2) + members(2021, "P", "HTTNV", 5, 1));
            for (int index = 1; index <= 5; index++) {
                warehouse.execute(cell("P-0" + index, "P")
                        + organization(2021, "P-0" + index, index == 5 ? "HTNV" : "HTTNV", "null", 10 + index));
            }
            // one cell not completed: blocked although every member is good
            warehouse.execute(organization(2021, "Q", "HTXSNV", "null", 3) + members(2021, "Q", "HTTNV", 5, 1));
            for (int index = 1; index <= 5; index++) {
                warehouse.execute(cell("Q-0" + index, "Q")
                        + organization(2021, "Q-0" + index, index == 5 ? "KHTNV" : "HTXSNV", "null", 20 + index));
            }

            warehouse.run("detectors/org_excellent_blocked");

            List<Finding> findings = warehouse.findings("org_excellent_blocked");
            assertThat(findings).extracting(Finding::unitCode).containsExactly("Q");
            JsonNode evidence = findings.get(0).evidenceJson();
            assertThat(evidence.get("sub_units_rated").asInt()).isEqualTo(5);
            assertThat(evidence.get("sub_units_at_least_completed").asInt()).isEqualTo(4);
            assertThat(evidence.get("sources"))
                    .extracting(source -> source.get("row").asInt())
                    .containsExactly(3, 25);
        }
    }

    @Test
    void blocksFrom2023WhenASubUnitIsDisciplined() {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            RuleRows.ruleYears(warehouse, 2023);
            warehouse.execute(organization(2023, "P", "HTXSNV", "null", 2)
                    + members(2023, "P", "HTTNV", 5, 1)
                    + cell("P-01", "P")
                    + discipline(2023, null, "P-01", false, 6));

            warehouse.run("detectors/org_excellent_blocked");

            List<Finding> findings = warehouse.findings("org_excellent_blocked");
            assertThat(findings).extracting(Finding::unitCode).containsExactly("P");
            assertThat(findings.get(0)
                            .evidenceJson()
                            .get("sub_units_disciplined")
                            .asInt())
                    .isEqualTo(1);
        }
    }
}
