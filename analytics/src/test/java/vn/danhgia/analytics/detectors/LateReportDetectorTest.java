package vn.danhgia.analytics.detectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.analytics.testing.Finding;
import vn.danhgia.analytics.testing.TinyWarehouse;

class LateReportDetectorTest {
    private static final String SUBMISSIONS = """
            insert into core.submission (year, unit_code, report_sent_on, review_done_on, source_file, source_sheet, source_row)
            values (2022, 'ON-TIME', date '2022-12-15', null, '2022/theo doi tien do kiem diem 2022.xlsx', 'Tiến độ', 3),
                (2022, 'LATE', date '2022-12-16', null, '2022/theo doi tien do kiem diem 2022.xlsx', 'Tiến độ', 4),
                (2022, 'EARLY', date '2022-11-30', null, '2022/theo doi tien do kiem diem 2022.xlsx', 'Tiến độ', 5);
            """;

    @Test
    void flagsTheDayAfterTheDeadlineButNotTheDeadlineDay() {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            RuleRows.ruleYears(warehouse, 2022);
            warehouse.execute(SUBMISSIONS);

            warehouse.run("detectors/late_report");

            List<Finding> findings = warehouse.findings("late_report");
            assertThat(findings)
                    .extracting(
                            Finding::year, Finding::unitCode, Finding::subjectKey, Finding::severity, Finding::score)
                    .containsExactly(tuple(2022, "LATE", "", "medium", 1.0));
            JsonNode evidence = findings.get(0).evidenceJson();
            assertThat(evidence.get("done_on").asText()).isEqualTo("2022-12-16");
            assertThat(evidence.get("deadline").asText()).isEqualTo("2022-12-15");
            assertThat(evidence.get("days_late").asInt()).isEqualTo(1);
            assertThat(evidence.get("rule").asText()).isEqualTo(RuleRows.text("report", 2022));
            assertThat(evidence.get("sources"))
                    .extracting(source -> source.get("file").asText() + "|"
                            + source.get("sheet").asText() + "|"
                            + source.get("row").asInt())
                    .containsExactly("2022/theo doi tien do kiem diem 2022.xlsx|Tiến độ|4");
        }
    }

    @Test
    void allowsTheGraceDaysOfItsThreshold() {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            RuleRows.ruleYears(warehouse, 2022);
            warehouse.execute(SUBMISSIONS).threshold("late_report", "grace_days", 1);

            warehouse.run("detectors/late_report");

            assertThat(warehouse.findings("late_report")).isEmpty();
        }
    }

    @Test
    void countsDaysAcrossTheTurnOfTheYear() {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            RuleRows.ruleYears(warehouse, 2024);
            warehouse.execute("""
                    insert into core.submission (year, unit_code, report_sent_on, source_file, source_sheet, source_row)
                    values (2024, 'JANUARY', date '2025-01-03', '2024/theo doi tien do kiem diem 2024.xlsx', 'x', 2);
                    """);

            warehouse.run("detectors/late_report");

            assertThat(warehouse.findings("late_report"))
                    .extracting(Finding::severity, Finding::score)
                    .containsExactly(tuple("high", 19.0));
        }
    }
}
