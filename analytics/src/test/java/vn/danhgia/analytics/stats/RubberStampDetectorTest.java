package vn.danhgia.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.analytics.testing.Finding;
import vn.danhgia.analytics.testing.TinyWarehouse;

class RubberStampDetectorTest {
    private static final String[] STEPS = {"java:leniency_index", "detectors/rubber_stamp"};
    private static final String[] AGREEING = {"HTTNV", "HTTNV", "HTTNV", "HTXSNV", "HTNV"};
    private static final String[] DIFFERING = {"HTXSNV>HTTNV", "HTTNV>HTNV", "HTTNV", "HTTNV", "HTNV"};

    /** C01 decides as its members assessed themselves in {@code agreeingYears}; three peers change two in five. */
    private static List<Finding> findings(int... agreeingYears) {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            CoreRows rows = new CoreRows(warehouse).rule(2023, "Quy định số 124-QĐ/TW");
            for (String code : List.of("C01", "C02", "C03", "C04")) {
                rows.unit(code, "agency");
            }
            for (int year = 2021; year <= 2023; year++) {
                boolean agreeing = false;
                for (int agreeingYear : agreeingYears) {
                    agreeing |= agreeingYear == year;
                }
                rows.members(year, "C01", agreeing ? AGREEING : DIFFERING);
                for (String peer : List.of("C02", "C03", "C04")) {
                    rows.members(year, peer, DIFFERING);
                }
            }
            return warehouse.run(STEPS).findings("rubber_stamp");
        }
    }

    @Test
    void twoYearsOfAgreementAreNotARun() {
        assertThat(findings(2022, 2023)).isEmpty();
    }

    @Test
    void threeYearsOfAgreementWherePeersDifferIsARubberStampInTheLastYear() {
        List<Finding> findings = findings(2021, 2022, 2023);

        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.year()).isEqualTo(2023);
        assertThat(finding.unitCode()).isEqualTo("C01");
        assertThat(finding.subjectKey()).isEmpty();
        assertThat(finding.severity()).isEqualTo("medium");
        // Peers agree for 9 of 15 members: chance 0.6^15 over the three years.
        assertThat(finding.score()).isCloseTo(-15 * Math.log10(0.6), within(1e-9));
        JsonNode evidence = finding.evidenceJson();
        assertThat(evidence.get("first_year").asInt()).isEqualTo(2021);
        assertThat(evidence.get("count_years").asInt()).isEqualTo(3);
        assertThat(evidence.get("chance_under_peers").asDouble()).isCloseTo(Math.pow(0.6, 15), within(1e-12));
        JsonNode first = evidence.get("years").get(0);
        assertThat(first.get("year").asInt()).isEqualTo(2021);
        assertThat(first.get("compared").asInt()).isEqualTo(5);
        assertThat(first.get("agreeing").asInt()).isEqualTo(5);
        assertThat(first.get("compared_on").asText()).isEqualTo("level");
        assertThat(first.get("peer_agreement").asDouble()).isEqualTo(0.6);
        assertThat(evidence.get("thresholds").get("min_agreement").asDouble()).isEqualTo(0.95);
        assertThat(evidence.get("rule").asText()).startsWith("Quy định số 124-QĐ/TW: cấp ủy có thẩm quyền xem xét");
        assertThat(evidence.get("sources")).hasSize(15);
        assertThat(evidence.get("sources").get(0).get("file").asText()).isEqualTo("DS 2021 - C01.xlsx");
    }

    @Test
    void noRubberStampWhenPeersAgreeAsMuch() {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            CoreRows rows = new CoreRows(warehouse);
            for (String code : List.of("C01", "C02", "C03", "C04")) {
                rows.unit(code, "agency");
            }
            for (int year = 2021; year <= 2023; year++) {
                for (String code : List.of("C01", "C02", "C03", "C04")) {
                    rows.members(year, code, AGREEING);
                }
            }
            assertThat(warehouse.run(STEPS).findings("rubber_stamp")).isEmpty();
        }
    }

    @Test
    void fromTwentyTwentyFiveTheMembersOwnScoreIsComparedWithTheDecidedScore() {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            CoreRows rows = new CoreRows(warehouse);
            rows.unit("C01", "agency")
                    .unit("C02", "agency")
                    .unit("C03", "agency")
                    .unit("C04", "agency");
            for (int year = 2023; year <= 2024; year++) {
                rows.members(year, "C01", AGREEING);
                for (String peer : List.of("C02", "C03", "C04")) {
                    rows.members(year, peer, DIFFERING);
                }
            }
            warehouse.execute("insert into core.member_rating (year, person_key, org_code, status, final_level,"
                    + " score, self_score, source_file, source_row) values"
                    + " (2025, 'a1', 'C01', 'rated', 'HTTNV', 80.0, 80.0, 'DS 2025.xlsx', 5),"
                    + " (2025, 'a2', 'C01', 'rated', 'HTTNV', 75.5, 75.5, 'DS 2025.xlsx', 6),"
                    + " (2025, 'a3', 'C01', 'rated', 'HTTNV', 71.0, 71.0, 'DS 2025.xlsx', 7),"
                    + " (2025, 'a4', 'C01', 'rated', 'HTXSNV', 92.0, 92.0, 'DS 2025.xlsx', 8),"
                    + " (2025, 'a5', 'C01', 'rated', 'HTNV', 60.0, 60.0, 'DS 2025.xlsx', 9)");
            for (String peer : List.of("C02", "C03", "C04")) {
                warehouse.execute("insert into core.member_rating (year, person_key, org_code, status, final_level,"
                        + " score, self_score, source_file, source_row) values"
                        + " (2025, '" + peer + "1', '" + peer + "', 'rated', 'HTTNV', 80.0, 82.5, 'x.xlsx', 5),"
                        + " (2025, '" + peer + "2', '" + peer + "', 'rated', 'HTTNV', 75.5, 75.5, 'x.xlsx', 6),"
                        + " (2025, '" + peer + "3', '" + peer + "', 'rated', 'HTTNV', 71.0, 73.0, 'x.xlsx', 7),"
                        + " (2025, '" + peer + "4', '" + peer + "', 'rated', 'HTTNV', 88.0, 91.0, 'x.xlsx', 8),"
                        + " (2025, '" + peer + "5', '" + peer + "', 'rated', 'HTNV', 60.0, 60.0, 'x.xlsx', 9)");
            }

            List<Finding> findings = warehouse.run(STEPS).findings("rubber_stamp");

            assertThat(findings)
                    .extracting(Finding::year, Finding::unitCode)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2025, "C01"));
            JsonNode last = findings.get(0).evidenceJson().get("years").get(2);
            assertThat(last.get("compared_on").asText()).isEqualTo("score");
            assertThat(last.get("peer_agreement").asDouble()).isEqualTo(0.4);
        }
    }
}
