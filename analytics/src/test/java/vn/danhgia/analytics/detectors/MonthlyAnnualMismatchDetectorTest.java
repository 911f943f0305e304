package vn.danhgia.analytics.detectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.danhgia.analytics.detectors.RuleRows.leader;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.danhgia.analytics.testing.Finding;
import vn.danhgia.analytics.testing.TinyWarehouse;

class MonthlyAnnualMismatchDetectorTest {
    private int row = 1;

    private String official(String person, String level, double... months) {
        StringBuilder sql = new StringBuilder(leader(2022, person, "A", level, "null", row));
        for (int month = 1; month <= months.length; month++) {
            row++;
            sql.append(String.format(Locale.ROOT, """
                    insert into core.monthly_score (year, month, person_key, unit_code, final_score, source_file,
                        source_sheet, source_row)
                    values (2022, %d, '%s', 'A', %s, '2022/xuat du lieu danh gia hang thang 2022.csv', null, %d);
                    """, month, person, months[month - 1], row));
        }
        row++;
        return sql.toString();
    }

    @Test
    void flagsAverageJustUnderTheLevelsLineButNotOnIt() {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            RuleRows.ruleYears(warehouse, 2022);
            warehouse.execute(official("good-at-70", "HTTNV", 70, 70, 70)
                    + official("good-under-70", "HTTNV", 70, 70, 69.7)
                    + official("excellent-at-90", "HTXSNV", 90, 90)
                    + official("excellent-under-90", "HTXSNV", 89, 89)
                    + official("completed-low", "HTNV", 40, 40));

            warehouse.run("detectors/monthly_annual_mismatch");

            List<Finding> findings = warehouse.findings("monthly_annual_mismatch");
            assertThat(findings)
                    .extracting(Finding::unitCode, Finding::subjectKey, Finding::severity)
                    .containsExactly(tuple("A", "excellent-under-90", "medium"), tuple("A", "good-under-70", "high"));
            assertThat(findings.get(0).score()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
            JsonNode evidence = findings.get(1).evidenceJson();
            assertThat(evidence.get("final_level").asText()).isEqualTo("HTTNV");
            assertThat(evidence.get("months").asInt()).isEqualTo(3);
            assertThat(evidence.get("monthly_average").asDouble()).isEqualTo(69.9);
            assertThat(evidence.get("months_below_70").asInt()).isEqualTo(1);
            assertThat(evidence.get("rule").asText()).isEqualTo(RuleRows.text("monthly", 2022));
            assertThat(evidence.get("sources"))
                    .extracting(source -> source.get("file").asText() + "|"
                            + source.get("row").asInt())
                    .containsExactly(
                            "2022/xep loai can bo 2022.xlsx|5",
                            "2022/xuat du lieu danh gia hang thang 2022.csv|6",
                            "2022/xuat du lieu danh gia hang thang 2022.csv|7",
                            "2022/xuat du lieu danh gia hang thang 2022.csv|8");
        }
    }

    @Test
    void flagsMostlyLowMonthsButNotHalf() {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            RuleRows.ruleYears(warehouse, 2022);
            warehouse.execute(official("half-low", "HTTNV", 60, 60, 95, 95)
                    + official("mostly-low", "HTTNV", 65, 65, 65, 100, 100));

            warehouse.run("detectors/monthly_annual_mismatch");

            List<Finding> findings = warehouse.findings("monthly_annual_mismatch");
            assertThat(findings).extracting(Finding::subjectKey).containsExactly("mostly-low");
            assertThat(findings.get(0).severity()).isEqualTo("medium");
            assertThat(findings.get(0).evidenceJson().get("months_below_70").asInt())
                    .isEqualTo(3);
        }
    }
}
