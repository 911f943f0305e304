package vn.danhgia.analytics.detectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.danhgia.analytics.detectors.RuleRows.leader;
import static vn.danhgia.analytics.detectors.RuleRows.organization;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.danhgia.analytics.testing.Finding;
import vn.danhgia.analytics.testing.TinyWarehouse;

class ExcellentUnremediedDetectorTest {

    private static String shortcoming(int year, String unit, String person, String status, int row) {
        return String.format(
                Locale.ROOT,
                """
                insert into core.shortcoming (year, unit_code, person_key, category, description, status,
                    subject_kind, reported_year, source_file, source_sheet, source_row)
                values (%d, '%s', %s, 'task_results', 'Giải ngân vốn đầu tư công chậm', '%s', '%s', %d,
                    'So theo doi khac phuc %d.xlsx', 'Theo dõi', %d);
                """,
                year,
                unit,
                person == null ? "null" : "'" + person + "'",
                status,
                person == null ? "organization" : "person",
                year,
                year,
                row);
    }

    @Test
    void flagsExcellentWithAnEarlierShortcomingPartlyRemediedButNotOneRemedied() {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            RuleRows.ruleYears(warehouse, 2024, 2025);
            warehouse.execute(organization(2025, "A", "HTXSNV", "95", 2)
                    + shortcoming(2024, "A", null, "remedied", 3)
                    + organization(2025, "B", "HTXSNV", "95", 3)
                    + shortcoming(2024, "B", null, "partly_remedied", 4)
                    // open but rated good: allowed
                    + organization(2025, "C", "HTTNV", "80", 4)
                    + shortcoming(2024, "C", null, "not_remedied", 5)
                    // a shortcoming of the same year is not an earlier one
                    + organization(2025, "D", "HTXSNV", "95", 5)
                    + shortcoming(2025, "D", null, "pending", 6));

            warehouse.run("detectors/excellent_unremedied");

            List<Finding> findings = warehouse.findings("excellent_unremedied");
            assertThat(findings)
                    .extracting(
                            Finding::year, Finding::unitCode, Finding::subjectKey, Finding::severity, Finding::score)
                    .containsExactly(tuple(2025, "B", "", "medium", 1.0));
            JsonNode evidence = findings.get(0).evidenceJson();
            assertThat(evidence.get("open_shortcomings").asInt()).isEqualTo(1);
            assertThat(evidence.get("earliest_year").asInt()).isEqualTo(2024);
            assertThat(evidence.get("rule").asText()).isEqualTo(RuleRows.text("remedied", 2025));
            assertThat(evidence.get("sources"))
                    .extracting(source -> source.get("file").asText() + "|"
                            + source.get("row").asInt())
                    .containsExactly("2025/xep loai TCCS dang 2025.csv|3", "So theo doi khac phuc 2024.xlsx|4");
            assertThat(evidence.get("sources").get(1).get("status").asText()).isEqualTo("partly_remedied");
        }
    }

    @Test
    void followsAMergedUnitsShortcomingsAndAPersonsOwn() {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            RuleRows.ruleYears(warehouse, 2023, 2025);
            warehouse.execute("""
                    insert into core.unit_mapping values ('X01', date '2025-07-01', 'X24', 1);
                    insert into core.unit_mapping values ('X24', date '2025-07-01', 'X24', 1);
                    """
                    + shortcoming(2023, "X01", null, "not_remedied", 8)
                    + organization(2025, "X24", "HTXSNV", "95", 2)
                    + shortcoming(2024, "X24", "leader-1", "recurred", 9)
                    + leader(2025, "leader-1", "X24", "HTXSNV", "93", 4));

            warehouse.run("detectors/excellent_unremedied");

            assertThat(warehouse.findings("excellent_unremedied"))
                    .extracting(Finding::unitCode, Finding::subjectKey, Finding::severity)
                    .containsExactly(tuple("X24", "", "high"), tuple("X24", "leader-1", "medium"));
        }
    }
}
