package vn.danhgia.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartNumbersTest {
    @Test
    void vietnameseNumbersGroupThousandsWithDotsAndDecimalsWithCommas() {
        ChartNumbers numbers = new ChartNumbers(Locale.forLanguageTag("vi"));

        assertThat(numbers.number(1234)).isEqualTo("1.234");
        assertThat(numbers.number(1234567.5)).isEqualTo("1.234.567,5");
        assertThat(numbers.number(0.25)).isEqualTo("0,25");
        assertThat(numbers.percent(0.25)).isEqualTo("25%");
        assertThat(numbers.percent(0.125)).isEqualTo("12,5%");
        assertThat(numbers.percent(1)).isEqualTo("100%");
    }

    @Test
    void englishNumbersUseEnglishSeparators() {
        ChartNumbers numbers = new ChartNumbers(Locale.ENGLISH);

        assertThat(numbers.number(1234567.5)).isEqualTo("1,234,567.5");
        assertThat(numbers.percent(0.125)).isEqualTo("12.5%");
    }
}
