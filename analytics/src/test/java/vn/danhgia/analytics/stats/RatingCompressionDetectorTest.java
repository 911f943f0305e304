package vn.danhgia.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.analytics.testing.Finding;
import vn.danhgia.analytics.testing.TinyWarehouse;

class RatingCompressionDetectorTest {
    private static final String[] STEPS = {"java:leniency_index", "detectors/rating_compression"};
    private static final String[] SPREAD = {"HTXSNV", "HTTNV", "HTTNV", "HTTNV", "HTNV"};

    /** C01 rates {@code rated} members all good in {@code compressedYears}; three peers spread theirs. */
    private static List<Finding> findings(int rated, int... compressedYears) {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            CoreRows rows = new CoreRows(warehouse).rule(2025, "Quy định số 366-QĐ/TW");
            for (String code : List.of("C01", "C02", "C03", "C04")) {
                rows.unit(code, "public_service");
            }
            for (int year = 2023; year <= 2025; year++) {
                boolean compressed = false;
                for (int compressedYear : compressedYears) {
                    compressed |= compressedYear == year;
                }
                if (compressed) {
                    rows.same(year, "C01", rated, "HTTNV");
                } else {
                    rows.members(year, "C01", SPREAD);
                }
                for (String peer : List.of("C02", "C03", "C04")) {
                    rows.members(year, peer, SPREAD);
                }
            }
            return warehouse.run(STEPS).findings("rating_compression");
        }
    }

    @Test
    void twoYearsAtOneLevelAreNotARun() {
        assertThat(findings(6, 2024, 2025)).isEmpty();
    }

    @Test
    void fourMembersAtOneLevelAreTooFewToSayAnything() {
        assertThat(findings(4, 2023, 2024, 2025)).isEmpty();
    }

    @Test
    void fiveMembersAllGoodForThreeYearsWhilePeersSpreadIsACompression() {
        List<Finding> findings = findings(5, 2023, 2024, 2025);

        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.year()).isEqualTo(2025);
        assertThat(finding.unitCode()).isEqualTo("C01");
        assertThat(finding.subjectKey()).isEmpty();
        // Peers: 3/15 excellent, 9/15 good, 3/15 completed; all five at one level: 0.2^5 + 0.6^5 + 0.2^5.
        double chance = 2 * Math.pow(0.2, 5) + Math.pow(0.6, 5);
        assertThat(finding.score()).isCloseTo(-3 * Math.log10(chance), within(1e-9));
        JsonNode evidence = finding.evidenceJson();
        assertThat(evidence.get("count_years").asInt()).isEqualTo(3);
        assertThat(evidence.get("chance_under_peers").asDouble()).isCloseTo(Math.pow(chance, 3), within(1e-12));
        JsonNode first = evidence.get("years").get(0);
        assertThat(first.get("year").asInt()).isEqualTo(2023);
        assertThat(first.get("good").asInt()).isEqualTo(5);
        assertThat(first.get("entropy").asDouble()).isZero();
        // Each peer: -(0.2 ln 0.2 + 0.6 ln 0.6 + 0.2 ln 0.2) / ln 4 = 0.6855.
        assertThat(first.get("peer_entropy").asDouble()).isCloseTo(0.6855, within(1e-4));
        assertThat(evidence.get("thresholds").get("max_entropy").asDouble()).isEqualTo(0.1);
        assertThat(evidence.get("rule").asText()).startsWith("Quy định số 366-QĐ/TW: đánh giá, xếp loại phải phản ánh");
        assertThat(evidence.get("sources")).hasSize(15);
    }
}
