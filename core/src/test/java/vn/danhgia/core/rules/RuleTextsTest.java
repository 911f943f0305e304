package vn.danhgia.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleTextsTest {
    private static final RuleBook RULES = RuleBook.defaults();

    private static RuleTexts of(int year) {
        return new RuleTexts(RULES.forYear(year), year);
    }

    @Test
    void quotesTheQuotaWithTheYearsRegulation() {
        assertThat(of(2019).quota())
                .isEqualTo("Quy định số 132-QĐ/TW ngày 08/3/2018; Hướng dẫn số 21-HD/BTCTW ngày 18/10/2019"
                        + " (xếp loại năm 2019): Số đảng viên được xếp loại \"Hoàn thành xuất sắc nhiệm vụ\""
                        + " không vượt quá 20% số đảng viên được xếp loại \"Hoàn thành tốt nhiệm vụ\""
                        + " trong mỗi tổ chức cơ sở đảng.");
    }

    @Test
    void saysWhenTheQuotaIsOnlyTheDefault() {
        assertThat(of(2025).quota()).endsWith("(Tỷ lệ 20% là mức mặc định của hệ thống, chưa được văn bản xác nhận.)");
    }

    @Test
    void hasNoDisciplineRuleIn2018() {
        assertThat(of(2018).discipline()).isEmpty();
        assertThat(of(2018).disciplineMaximum()).isEmpty();
        assertThat(of(2019).disciplineMaximum()).contains("KHTNV");
        assertThat(of(2023).discipline().orElseThrow()).contains("trừ trường hợp tự phát hiện");
    }

    @Test
    void listsTheExcellentOrganizationConditionsOfEachPeriod() {
        assertThat(of(2018).excellentOrganization()).isEmpty();
        assertThat(of(2020).excellentOrganization().orElseThrow())
                .endsWith("Tổ chức đảng chỉ được xếp loại \"Hoàn thành xuất sắc nhiệm vụ\" khi: 100% đảng viên"
                        + " (tổ chức đảng trực thuộc) được xếp loại từ \"Hoàn thành nhiệm vụ\" trở lên; ít nhất 80%"
                        + " đảng viên (tổ chức đảng trực thuộc) được xếp loại từ \"Hoàn thành tốt nhiệm vụ\" trở lên.");
        assertThat(of(2024).excellentOrganization().orElseThrow())
                .contains("không có tổ chức đảng trực thuộc hoặc thành viên cấp ủy, lãnh đạo bị thi hành kỷ luật");
    }

    @Test
    void writesTheScoreBandsFrom2025() {
        assertThat(of(2024).scoreBands()).isEmpty();
        assertThat(of(2025).scoreBands().orElseThrow())
                .endsWith("Chấm điểm theo thang 100 điểm: từ 90 điểm trở lên là \"Hoàn thành xuất sắc nhiệm vụ\";"
                        + " từ 70 đến dưới 90 điểm là \"Hoàn thành tốt nhiệm vụ\"; từ 50 đến dưới 70 điểm là"
                        + " \"Hoàn thành nhiệm vụ\"; dưới 50 điểm là \"Không hoàn thành nhiệm vụ\".");
        assertThat(of(2025).remedied().orElseThrow()).contains("phải khắc phục 100% hạn chế, khuyết điểm");
    }

    @Test
    void datesTheDeadlinesOfTheYear() {
        assertThat(of(2022).review()).endsWith("trước ngày 10/12/2022.");
        assertThat(of(2025).report()).endsWith("trước ngày 15/12/2025.");
    }

    @Test
    void quotesTheMonthlyEvaluationWithItsOwnSource() {
        assertThat(of(2022).monthly())
                .startsWith("Quy định đánh giá cán bộ hằng tháng của Thành ủy Hà Nội (xếp loại năm 2022)");
    }
}
