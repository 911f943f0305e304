package vn.danhgia.analytics.detectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.danhgia.analytics.detectors.RuleRows.organization;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.danhgia.analytics.testing.Finding;
import vn.danhgia.analytics.testing.TinyWarehouse;

class RatingOutcomeMismatchDetectorTest {

    private static String unit(String code, String type, int row, String level, int met, int total) {
        return String.format(Locale.ROOT, """
                        insert into core.dim_unit (unit_code, unit_name, unit_type, tier, valid_from)
                        values ('%s', 'Đảng bộ %s', '%s', 'grassroots', date '2000-01-01');
                        insert into core.task_result (year, unit_code, targets_total, targets_met, source_file,
                            source_sheet, source_row)
                        values (2020, '%s', %d, %d, '2020/ket qua thuc hien chi tieu nhiem vu 2020.xlsx', 'KQ', %d);
                        """, code, code, type, code, total, met, row)
                + organization(2020, code, level, "null", row);
    }

    @Test
    void flagsGoodUnderHalfOfTargetsButNotAtHalf() {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            RuleRows.ruleYears(warehouse, 2020);
            warehouse.execute(unit("HALF", "commune", 2, "HTTNV", 10, 20)
                    + unit("UNDER", "commune", 3, "HTTNV", 9, 20)
                    + unit("FULL", "commune", 4, "HTXSNV", 20, 20)
                    + unit("HIGH", "commune", 5, "HTXSNV", 19, 20)
                    + unit("OTHER", "commune", 6, "HTNV", 20, 20));

            warehouse.run("detectors/rating_outcome_mismatch");

            List<Finding> findings = warehouse.findings("rating_outcome_mismatch");
            assertThat(findings)
                    .extracting(Finding::year, Finding::unitCode, Finding::subjectKey, Finding::severity)
                    .containsExactly(tuple(2020, "UNDER", "", "high"));
            assertThat(findings.get(0).score()).isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-9));
            JsonNode evidence = findings.get(0).evidenceJson();
            assertThat(evidence.get("targets_met").asInt()).isEqualTo(9);
            assertThat(evidence.get("targets_total").asInt()).isEqualTo(20);
            assertThat(evidence.get("met_share").asDouble()).isEqualTo(0.45);
            assertThat(evidence.get("min_met_share").asDouble()).isEqualTo(0.5);
            assertThat(evidence.get("under_min_met_share").asBoolean()).isTrue();
            assertThat(evidence.get("rule").asText()).isEqualTo(RuleRows.text("results", 2020));
            assertThat(evidence.get("sources"))
                    .extracting(source -> source.get("file").asText() + "|"
                            + source.get("row").asInt())
                    .containsExactly(
                            "2020/xep loai TCCS dang 2020.csv|3",
                            "2020/ket qua thuc hien chi tieu nhiem vu 2020.xlsx|3");
        }
    }

    @Test
    void flagsExcellentAtTheBottomQuartileOfItsTypeButNotAbove() {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            RuleRows.ruleYears(warehouse, 2020);
            // commune shares 0.6, 0.7, 0.8, 0.9, 1.0: the 25th percentile is 0.7 (rank 1 of 0..4)
            warehouse.execute(unit("C1", "commune", 2, "HTTNV", 6, 10)
                    + unit("C2", "commune", 3, "HTXSNV", 7, 10)
                    + unit("C3", "commune", 4, "HTXSNV", 8, 10)
                    + unit("C4", "commune", 5, "HTTNV", 9, 10)
                    + unit("C5", "commune", 6, "HTTNV", 10, 10)
                    // three agencies are too few peers for a quartile
                    + unit("A1", "agency", 7, "HTXSNV", 6, 10)
                    + unit("A2", "agency", 8, "HTTNV", 9, 10)
                    + unit("A3", "agency", 9, "HTTNV", 10, 10));

            warehouse.run("detectors/rating_outcome_mismatch");

            List<Finding> findings = warehouse.findings("rating_outcome_mismatch");
            assertThat(findings)
                    .extracting(Finding::unitCode, Finding::severity)
                    .containsExactly(tuple("C2", "medium"));
            JsonNode evidence = findings.get(0).evidenceJson();
            assertThat(evidence.get("peers").asInt()).isEqualTo(5);
            assertThat(evidence.get("peer_quantile_share").asDouble()).isEqualTo(0.7);
            assertThat(evidence.get("bottom_of_peers").asBoolean()).isTrue();
            assertThat(evidence.get("unit_type").asText()).isEqualTo("commune");
        }
    }
}
