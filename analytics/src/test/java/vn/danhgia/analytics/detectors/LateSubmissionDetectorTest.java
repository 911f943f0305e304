package vn.danhgia.analytics.detectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.danhgia.analytics.testing.Finding;
import vn.danhgia.analytics.testing.TinyWarehouse;

/** late_review and late_report: the same rule on two dates of core.submission, each with its deadline. */
class LateSubmissionDetectorTest {

    /** A detector, the column it reads, its rule text's key and the 2022 deadline (10/12 and 15/12). */
    enum Late {
        REVIEW("late_review", "review_done_on", "review", 10, 24.0),
        REPORT("late_report", "report_sent_on", "report", 15, 19.0);

        final String detector;
        final String column;
        final String rule;
        final int deadlineDay;
        /** Days late of a date of 3 January of the next year. */
        final double daysLateOnThirdOfJanuary;

        Late(String detector, String column, String rule, int deadlineDay, double daysLateOnThirdOfJanuary) {
            this.detector = detector;
            this.column = column;
            this.rule = rule;
            this.deadlineDay = deadlineDay;
            this.daysLateOnThirdOfJanuary = daysLateOnThirdOfJanuary;
        }

        String submissions() {
            return "insert into core.submission (year, unit_code, " + column
                    + ", source_file, source_sheet, source_row) values"
                    + " (2022, 'ON-TIME', date '2022-12-" + deadlineDay
                    + "', '2022/theo doi tien do kiem diem 2022.xlsx', 'Tiến độ', 3),"
                    + " (2022, 'LATE', date '2022-12-" + (deadlineDay + 1)
                    + "', '2022/theo doi tien do kiem diem 2022.xlsx', 'Tiến độ', 4),"
                    + " (2022, 'EARLY', date '2022-11-30', '2022/theo doi tien do kiem diem 2022.xlsx', 'Tiến độ', 5)";
        }
    }

    @ParameterizedTest
    @EnumSource(Late.class)
    void flagsTheDayAfterTheDeadlineButNotTheDeadlineDay(Late late) {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            RuleRows.ruleYears(warehouse, 2022);
            warehouse.execute(late.submissions());

            warehouse.run("detectors/" + late.detector);

            List<Finding> findings = warehouse.findings(late.detector);
            assertThat(findings)
                    .extracting(
                            Finding::year, Finding::unitCode, Finding::subjectKey, Finding::severity, Finding::score)
                    .containsExactly(tuple(2022, "LATE", "", "medium", 1.0));
            JsonNode evidence = findings.get(0).evidenceJson();
            assertThat(evidence.get("done_on").asText()).isEqualTo("2022-12-" + (late.deadlineDay + 1));
            assertThat(evidence.get("deadline").asText()).isEqualTo("2022-12-" + late.deadlineDay);
            assertThat(evidence.get("days_late").asInt()).isEqualTo(1);
            assertThat(evidence.get("rule").asText()).isEqualTo(RuleRows.text(late.rule, 2022));
            assertThat(evidence.get("sources"))
                    .extracting(source -> source.get("file").asText() + "|"
                            + source.get("sheet").asText() + "|"
                            + source.get("row").asInt())
                    .containsExactly("2022/theo doi tien do kiem diem 2022.xlsx|Tiến độ|4");
        }
    }

    @ParameterizedTest
    @EnumSource(Late.class)
    void allowsTheGraceDaysOfItsThreshold(Late late) {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            RuleRows.ruleYears(warehouse, 2022);
            warehouse.execute(late.submissions()).threshold(late.detector, "grace_days", 1);

            warehouse.run("detectors/" + late.detector);

            assertThat(warehouse.findings(late.detector)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Late.class)
    void countsDaysAcrossTheTurnOfTheYear(Late late) {
        try (TinyWarehouse warehouse = new TinyWarehouse()) {
            RuleRows.ruleYears(warehouse, 2024);
            warehouse.execute("insert into core.submission (year, unit_code, " + late.column
                    + ", source_file, source_sheet, source_row) values (2024, 'JANUARY', date '2025-01-03',"
                    + " '2024/theo doi tien do kiem diem 2024.xlsx', 'x', 2)");

            warehouse.run("detectors/" + late.detector);

            assertThat(warehouse.findings(late.detector))
                    .extracting(Finding::severity, Finding::score)
                    .containsExactly(tuple("high", late.daysLateOnThirdOfJanuary));
        }
    }
}
