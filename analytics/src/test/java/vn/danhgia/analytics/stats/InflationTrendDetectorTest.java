package vn.danhgia.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.analytics.testing.Finding;
import vn.danhgia.analytics.testing.TinyWarehouse;

class InflationTrendDetectorTest {
    private static final String[] STEPS = {"java:excellence_trend", "detectors/inflation_trend"};

    /** C02 (50 rated a year, 2022-2025) with the given excellent counts and targets met of 12. */
    private static List<Finding> findings(int[] excellent, int[] targetsMet) {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            CoreRows rows = new CoreRows(warehouse).rule(2025, "Quy định số 366-QĐ/TW");
            for (int i = 0; i < excellent.length; i++) {
                rows.excellent(2022 + i, "C02", 50, excellent[i]);
                rows.tasks(2022 + i, "C02", 12, targetsMet[i]);
            }
            return warehouse.run(STEPS).findings("inflation_trend");
        }
    }

    @Test
    void twoYearsOfRiseAreNotATrend() {
        // 8, 8, 6 of 50 do not rise, then 2025 rises: a run of two years (2024-2025).
        assertThat(findings(new int[] {8, 8, 6, 12}, new int[] {10, 10, 10, 10}))
                .isEmpty();
    }

    @Test
    void threeYearsOfSignificantRiseWithFlatTaskResultsIsAnInflation() {
        // 2, 6, 12 of 50 in 2023-2025: slope 0.10 a year, se 0.034, lower 95% bound 0.044 > 0.
        List<Finding> findings = findings(new int[] {8, 2, 6, 12}, new int[] {10, 10, 9, 10});

        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.year()).isEqualTo(2025);
        assertThat(finding.unitCode()).isEqualTo("C02");
        assertThat(finding.severity()).isEqualTo("medium");
        JsonNode evidence = finding.evidenceJson();
        assertThat(evidence.get("first_year").asInt()).isEqualTo(2023);
        assertThat(evidence.get("count_years").asInt()).isEqualTo(3);
        assertThat(evidence.get("first_share").asDouble()).isEqualTo(0.04);
        assertThat(evidence.get("last_share").asDouble()).isEqualTo(0.24);
        assertThat(evidence.get("slope_per_year").asDouble()).isEqualTo(0.1);
        assertThat(evidence.get("slope_lower").asDouble()).isPositive();
        assertThat(finding.score())
                .isEqualTo(evidence.get("slope_lower").asDouble(), org.assertj.core.data.Offset.offset(1e-4));
        assertThat(evidence.get("task_p_value").asDouble()).isGreaterThan(0.05);
        assertThat(evidence.get("years")).hasSize(3);
        assertThat(evidence.get("years").get(2).get("targets_met").asInt()).isEqualTo(10);
        assertThat(evidence.get("rule").asText())
                .startsWith("Quy định số 366-QĐ/TW: kết quả xếp loại đảng viên phải gắn");
        JsonNode sources = evidence.get("sources");
        assertThat(sources).hasSize(20);
        assertThat(sources.get(0).get("file").asText()).startsWith("DS 2024 - C02.xlsx");
    }

    @Test
    void noInflationWhenTaskResultsImproveSignificantlyAsWell() {
        assertThat(findings(new int[] {8, 2, 6, 12}, new int[] {10, 2, 7, 12})).isEmpty();
    }
}
