package vn.danhgia.dashboard.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.danhgia.dashboard.web.Texts;

class CellValuesTest {
    private final CellValues vietnamese = new CellValues(Texts.VIETNAMESE);
    private final CellValues english = new CellValues(Texts.ENGLISH);

    @Test
    void numbersAreWrittenTheVietnameseWay() {
        assertThat(vietnamese.format("count_rated", 9108L)).isEqualTo("9.108");
        assertThat(vietnamese.format("count_rated", new BigDecimal("1296.0000")))
                .isEqualTo("1.296");
        assertThat(vietnamese.format("average_score", 80.8333)).isEqualTo("80,83");
        assertThat(vietnamese.format("effect", -0.0001)).isEqualTo("0");
        assertThat(vietnamese.format("year", 2025)).isEqualTo("2025");
        assertThat(vietnamese.format("earlier_year", 2024L)).isEqualTo("2024");
        assertThat(vietnamese.format("month", 12)).isEqualTo("12");
        assertThat(vietnamese.format("htxsnv_share", new BigDecimal("0.1411"))).isEqualTo("14,1%");
        assertThat(vietnamese.format("delta_htxsnv_share", -0.0076)).isEqualTo("−0,8 điểm %");
        assertThat(vietnamese.format("gap_share", 0.0112)).isEqualTo("+1,1 điểm %");
        assertThat(vietnamese.format("p_value", 0.00004)).isEqualTo("< 0,0001");
        assertThat(vietnamese.format("q_value", 0.90519)).isEqualTo("0,9052");
        assertThat(vietnamese.format("count_rated", null)).isEqualTo("–");
        assertThat(vietnamese.format("is_review_on_time", true)).isEqualTo("có");
        assertThat(vietnamese.format("decided_on", LocalDate.of(2024, 12, 15))).isEqualTo("15/12/2024");
        assertThat(vietnamese.format("unit_name", "Đảng bộ xã Kim Tiến")).isEqualTo("Đảng bộ xã Kim Tiến");
    }

    @Test
    void englishReadersGetEnglishNumbers() {
        assertThat(english.format("count_rated", 9108L)).isEqualTo("9,108");
        assertThat(english.format("htxsnv_share", 0.1411)).isEqualTo("14.1%");
        assertThat(english.format("average_score", 80.8333)).isEqualTo("80.83");
        assertThat(english.format("is_review_on_time", false)).isEqualTo("no");
    }
}
