package vn.danhgia.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.analytics.testing.Finding;
import vn.danhgia.analytics.testing.TinyWarehouse;

class RecurringShortcomingDetectorTest {
    private static final String[] STEPS = {
        "stats/shortcoming_pair", "java:shortcoming_similarity", "detectors/recurring_shortcoming"
    };
    private static final String COMPLAINTS = "Giải quyết đơn thư khiếu nại có vụ việc còn kéo dài";
    private static final String COMPLAINTS_AGAIN = "Còn đơn thư tồn đọng, giải quyết chưa dứt điểm";
    private static final String PROCEDURES = "Giải quyết thủ tục hành chính còn để quá hạn";

    private static String shortcoming(
            int year, String unit, String person, String category, String description, String status, int row) {
        return "insert into core.shortcoming (year, unit_code, person_key, category, description, status, subject_kind,"
                + " reported_year, source_file, source_sheet, source_row, load_id) values (" + year + ", '" + unit
                + "', " + (person == null ? "null" : "'" + person + "'") + ", "
                + (category == null ? "null" : "'" + category + "'") + ", '" + description + "', '" + status + "', '"
                + (person == null ? "organization" : "person") + "', " + (year + 1) + ", 'So theo doi " + year
                + ".xlsx', 'Hạn chế khuyết điểm', " + row + ", 'L1')";
    }

    private static TinyWarehouse merged() {
        TinyWarehouse warehouse = new TinyWarehouse();
        new CoreRows(warehouse).rule(2024, "Quy định số 124-QĐ/TW");
        // X02 merged into X24 on 2024-01-01.
        warehouse.execute("insert into core.unit_mapping values ('X02', date '2025-07-01', 'X24', 1.0000),"
                + " ('X24', date '2025-07-01', 'X24', 1.0000), ('X03', date '2025-07-01', 'X03', 1.0000)");
        return warehouse;
    }

    @Test
    void theSameShortcomingInOtherWordsAfterAMergerRecurs() {
        try (TinyWarehouse warehouse = merged()) {
            warehouse.execute(shortcoming(2023, "X02", null, null, COMPLAINTS, "partly_remedied", 7));
            warehouse.execute(shortcoming(2024, "X24", null, null, COMPLAINTS_AGAIN, "pending", 12));

            List<Finding> findings = warehouse.run(STEPS).findings("recurring_shortcoming");

            assertThat(findings)
                    .extracting(Finding::year, Finding::unitCode, Finding::subjectKey, Finding::severity)
                    .containsExactly(tuple(2024, "X24", "", "medium"));
            JsonNode evidence = findings.get(0).evidenceJson();
            assertThat(evidence.get("earlier_year").asInt()).isEqualTo(2023);
            assertThat(evidence.get("earlier_unit_code").asText()).isEqualTo("X02");
            assertThat(evidence.get("earlier_status").asText()).isEqualTo("partly_remedied");
            assertThat(evidence.get("matched_by").asText()).isEqualTo("similarity");
            assertThat(evidence.get("similarity").asDouble()).isEqualTo(0.2985);
            assertThat(evidence.get("thresholds").get("min_similarity").asDouble())
                    .isEqualTo(0.25);
            assertThat(evidence.get("rule").asText())
                    .startsWith("Quy định số 124-QĐ/TW: kiểm điểm phải làm rõ kết quả khắc phục")
                    .endsWith("Hạn chế năm 2023 (khắc phục chưa triệt để) được chỉ ra lại năm 2024.");
            assertThat(evidence.get("sources").toString())
                    .isEqualTo("[{\"file\":\"So theo doi 2023.xlsx\",\"sheet\":\"Hạn chế khuyết điểm\",\"row\":7},"
                            + "{\"file\":\"So theo doi 2024.xlsx\",\"sheet\":\"Hạn chế khuyết điểm\",\"row\":12}]");
        }
    }

    @Test
    void aDifferentShortcomingBelowTheSimilarityCutDoesNotRecur() {
        try (TinyWarehouse warehouse = merged()) {
            warehouse.execute(shortcoming(2023, "X02", null, null, PROCEDURES, "not_remedied", 7));
            warehouse.execute(shortcoming(2024, "X24", null, null, COMPLAINTS, "pending", 12));

            assertThat(warehouse.run(STEPS).findings("recurring_shortcoming")).isEmpty();
        }
    }

    @Test
    void theSimilarityCutIsInclusive() {
        try (TinyWarehouse warehouse = merged()) {
            warehouse.execute(shortcoming(2023, "X02", null, null, PROCEDURES, "not_remedied", 7));
            warehouse.execute(shortcoming(2024, "X24", null, null, COMPLAINTS, "pending", 12));
            double similarity = TextSimilarity.trigramJaccard(PROCEDURES, COMPLAINTS);
            warehouse.threshold("recurring_shortcoming", "min_similarity", similarity);

            assertThat(warehouse.run(STEPS).findings("recurring_shortcoming")).hasSize(1);
        }
    }

    @Test
    void aRemediedShortcomingOrOneOfAnotherUnitFamilyDoesNotRecur() {
        try (TinyWarehouse warehouse = merged()) {
            warehouse.execute(
                    shortcoming(2022, "X24", null, "task_results", "Thu ngân sách không đạt dự toán", "remedied", 5));
            warehouse.execute(shortcoming(
                    2022, "X03", null, "task_results", "Giải ngân vốn đầu tư công chậm", "not_remedied", 6));
            warehouse.execute(
                    shortcoming(2023, "X24", null, "task_results", "Thu ngân sách chưa đạt chỉ tiêu", "pending", 9));

            assertThat(warehouse.run(STEPS).findings("recurring_shortcoming")).isEmpty();
        }
    }

    @Test
    void aPersonsShortcomingOfTheSameCategoryRecursInAnotherUnitAsAPersonFinding() {
        try (TinyWarehouse warehouse = merged()) {
            warehouse.execute(shortcoming(
                    2022, "X03", "p-7", "ethics_lifestyle", "Chưa gương mẫu nơi cư trú", "not_remedied", 4));
            warehouse.execute(shortcoming(
                    2023, "X24", "p-7", "ethics_lifestyle", "Chưa thực hiện tốt trách nhiệm nêu gương", "pending", 8));

            List<Finding> findings = warehouse.run(STEPS).findings("recurring_shortcoming");

            assertThat(findings)
                    .extracting(Finding::year, Finding::unitCode, Finding::subjectKey, Finding::severity)
                    .containsExactly(tuple(2023, "X24", "p-7", "high"));
            JsonNode evidence = findings.get(0).evidenceJson();
            assertThat(evidence.get("subject").asText()).isEqualTo("person");
            assertThat(evidence.get("matched_by").asText()).isEqualTo("category");
        }
    }
}
