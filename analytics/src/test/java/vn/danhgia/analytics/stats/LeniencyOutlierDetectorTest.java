package vn.danhgia.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.analytics.testing.Finding;
import vn.danhgia.analytics.testing.TinyWarehouse;

class LeniencyOutlierDetectorTest {
    private static final String[] STEPS = {"java:leniency_index", "detectors/leniency_outlier"};

    private static List<Finding> findings(int excellentOfTwenty) {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            CoreRows rows = new CoreRows(warehouse).rule(2020, "Quy định số 132-QĐ/TW");
            for (String code : List.of("C01", "C02", "C03", "C04", "C05")) {
                rows.unit(code, "agency");
            }
            for (String code : List.of("C01", "C02", "C03", "C04")) {
                rows.excellent(2020, code, 20, 2);
            }
            rows.excellent(2020, "C05", 20, excellentOfTwenty);
            return warehouse.run(STEPS).findings("leniency_outlier");
        }
    }

    @Test
    void sixOfTwentyAgainstPeersAtTenPercentIsNotBeyondTheFalseDiscoveryRate() {
        // P(X >= 6 | 20, 0.1) = 0.01125, and five organization-years tested: q = 0.0563 > 0.05.
        assertThat(findings(6)).isEmpty();
    }

    @Test
    void sevenOfTwentyIsAnOutlierWithTheTestAndItsSourcesInTheEvidence() {
        // P(X >= 7 | 20, 0.1) = 0.002386, q = 5 x 0.002386 = 0.0119 <= 0.05; effect 0.35 - 0.10 = 0.25.
        List<Finding> findings = findings(7);

        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.year()).isEqualTo(2020);
        assertThat(finding.unitCode()).isEqualTo("C05");
        assertThat(finding.subjectKey()).isEmpty();
        assertThat(finding.severity()).isEqualTo("high");
        assertThat(finding.score()).isCloseTo(0.15, within(1e-9));
        JsonNode evidence = finding.evidenceJson();
        assertThat(evidence.get("rated").asInt()).isEqualTo(20);
        assertThat(evidence.get("excellent").asInt()).isEqualTo(7);
        assertThat(evidence.get("peer_organizations").asInt()).isEqualTo(4);
        assertThat(evidence.get("peer_share").asDouble()).isEqualTo(0.1);
        assertThat(evidence.get("effect").asDouble()).isEqualTo(0.25);
        assertThat(evidence.get("p_value").asDouble()).isCloseTo(0.002386089, within(1e-8));
        assertThat(evidence.get("q_value").asDouble()).isCloseTo(0.011930447, within(1e-8));
        assertThat(evidence.get("thresholds").get("max_q_value").asDouble()).isEqualTo(0.05);
        assertThat(evidence.get("thresholds").get("min_effect").asDouble()).isEqualTo(0.1);
        assertThat(evidence.get("test").asText()).startsWith("Kiểm định nhị thức chính xác một phía");
        assertThat(evidence.get("rule").asText())
                .startsWith(
                        "Quy định số 132-QĐ/TW: số đảng viên xếp loại \"Hoàn thành xuất sắc nhiệm vụ\" không vượt quá 20%");
        JsonNode sources = evidence.get("sources");
        assertThat(sources).hasSize(7);
        assertThat(sources.get(0).get("file").asText()).isEqualTo("DS 2020 - C05.xlsx");
        assertThat(sources.get(0).get("sheet").asText()).isEqualTo("DS");
        assertThat(sources.get(0).get("row").asInt()).isEqualTo(90);
    }

    @Test
    void aLargeOrganizationSlightlyAboveItsPeersIsSignificantButNotLenient() {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            CoreRows rows = new CoreRows(warehouse);
            for (String code : List.of("X01", "X02", "X03", "X04", "X05")) {
                rows.unit(code, "commune");
            }
            for (String code : List.of("X01", "X02", "X03", "X04")) {
                rows.excellent(2020, code, 400, 40);
            }
            rows.excellent(2020, "X05", 400, 70);

            warehouse.run(STEPS);

            Double q = (Double) warehouse
                    .query("select q_value from mart.leniency_index where org_code = 'X05'")
                    .get(0)
                    .get("q_value");
            assertThat(q).isLessThan(0.05);
            assertThat(warehouse.findings("leniency_outlier")).isEmpty();
        }
    }
}
