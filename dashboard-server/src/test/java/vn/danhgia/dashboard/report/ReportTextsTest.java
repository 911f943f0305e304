package vn.danhgia.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.danhgia.dashboard.report.model.ColumnKind;
import vn.danhgia.dashboard.report.model.TitleBlock;

class ReportTextsTest {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    @Test
    void writesThePlaceAndDateAsPartyDocumentsDo() {
        TitleBlock title =
                new TitleBlock("", "HUYỆN ỦY THẠCH THẤT", "", "Thạch Thất", LocalDate.of(2026, 2, 5), "BÁO CÁO", "");
        assertThat(new ReportTexts(VIETNAMESE).placeAndDate(title)).isEqualTo("Thạch Thất, ngày 05 tháng 02 năm 2026");
        assertThat(new ReportTexts(Locale.ENGLISH).placeAndDate(title)).isEqualTo("Thạch Thất, 5 February 2026");
    }

    @Test
    void numbersSectionsInRomanNumerals() {
        assertThat(ReportTexts.roman(1)).isEqualTo("I");
        assertThat(ReportTexts.roman(4)).isEqualTo("IV");
        assertThat(ReportTexts.roman(9)).isEqualTo("IX");
        assertThat(ReportTexts.roman(14)).isEqualTo("XIV");
    }

    @Test
    void formatsNumbersInTheReadersWay() {
        ReportNumbers vietnamese = new ReportNumbers(VIETNAMESE);
        assertThat(vietnamese.format(ColumnKind.INTEGER, 1234567L)).isEqualTo("1.234.567");
        assertThat(vietnamese.format(ColumnKind.PERCENT, 0.125)).isEqualTo("12,5%");
        assertThat(vietnamese.format(ColumnKind.DECIMAL, new BigDecimal("-0.30")))
                .isEqualTo("-0,3");
        assertThat(vietnamese.format(ColumnKind.INTEGER, null)).isEqualTo("–");
        ReportNumbers english = new ReportNumbers(Locale.ENGLISH);
        assertThat(english.format(ColumnKind.INTEGER, 1234)).isEqualTo("1,234");
        assertThat(english.format(ColumnKind.PERCENT, 0.125)).isEqualTo("12.5%");
    }
}
