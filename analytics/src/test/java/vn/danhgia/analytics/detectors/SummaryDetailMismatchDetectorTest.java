package vn.danhgia.analytics.detectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.danhgia.analytics.detectors.RuleRows.members;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.danhgia.analytics.testing.Finding;
import vn.danhgia.analytics.testing.TinyWarehouse;

class SummaryDetailMismatchDetectorTest {

    /** The list: 2 excellent, 6 good, 1 completed, 1 exempt, 1 new member. */
    private static String list(String unit) {
        return members(2021, unit, "HTXSNV", 2, 1)
                + members(2021, unit, "HTTNV", 6, 3)
                + members(2021, unit, "HTNV", 1, 9)
                + members(2021, unit, "exempt", 1, 10)
                + members(2021, unit, "new_member", 1, 11);
    }

    private static String form(String unit, int total, int rated, int excellent, int good, int row) {
        return String.format(Locale.ROOT, """
                insert into core.summary_report (year, unit_code, total_members, rated, exempt, not_rated,
                    count_htxsnv, count_httnv, count_htnv, count_khtnv, source_file, source_sheet, source_row)
                values (2021, '%s', %d, %d, 1, 1, %d, %d, 1, 0, '2021/Bieu tong hop %s.xlsx', 'Biểu 01', %d);
                """, unit, total, rated, excellent, good, unit, row);
    }

    @Test
    void flagsAFormOneExcellentOverItsListButNotAnAgreeingOne() {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            RuleRows.ruleYears(warehouse, 2021);
            warehouse.execute(list("A") + form("A", 11, 9, 2, 6, 7) + list("B") + form("B", 12, 10, 3, 6, 7));

            warehouse.run("detectors/summary_detail_mismatch");

            List<Finding> findings = warehouse.findings("summary_detail_mismatch");
            assertThat(findings)
                    .extracting(
                            Finding::year, Finding::unitCode, Finding::subjectKey, Finding::severity, Finding::score)
                    .containsExactly(tuple(2021, "B", "", "medium", 3.0));
            JsonNode evidence = findings.get(0).evidenceJson();
            assertThat(evidence.get("form").get("HTXSNV").asInt()).isEqualTo(3);
            assertThat(evidence.get("list").get("HTXSNV").asInt()).isEqualTo(2);
            assertThat(evidence.get("form").get("total").asInt()).isEqualTo(12);
            assertThat(evidence.get("list").get("total").asInt()).isEqualTo(11);
            assertThat(evidence.get("list").get("exempt").asInt()).isEqualTo(1);
            assertThat(evidence.get("list").get("not_rated").asInt()).isEqualTo(1);
            assertThat(evidence.get("rule").asText()).isEqualTo(RuleRows.text("summary", 2021));
            assertThat(evidence.get("sources"))
                    .extracting(source -> source.get("file").asText() + "|"
                            + source.get("row").asInt())
                    .containsExactly("2021/Bieu tong hop B.xlsx|7", "2021/DS B.xlsx|1");
        }
    }

    @Test
    void toleratesWhatItsThresholdAllows() {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            RuleRows.ruleYears(warehouse, 2021);
            warehouse
                    .execute(list("B") + form("B", 12, 10, 3, 6, 7))
                    .threshold("summary_detail_mismatch", "tolerance", 1);

            warehouse.run("detectors/summary_detail_mismatch");

            assertThat(warehouse.findings("summary_detail_mismatch")).isEmpty();
        }
    }
}
