package vn.danhgia.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetSafetyTest {
    @Test
    void prefixesEveryFormulaStartWithAQuote() {
        assertThat(SpreadsheetSafety.neutralize("=HYPERLINK(\"http://x.example\",\"bấm\")"))
                .isEqualTo("'=HYPERLINK(\"http://x.example\",\"bấm\")");
        assertThat(SpreadsheetSafety.neutralize("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetSafety.neutralize("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetSafety.neutralize("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
        assertThat(SpreadsheetSafety.neutralize("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(SpreadsheetSafety.neutralize("\r=1+1")).isEqualTo("'\r=1+1");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(SpreadsheetSafety.neutralize("Đảng ủy xã Đông Hòa")).isEqualTo("Đảng ủy xã Đông Hòa");
        assertThat(SpreadsheetSafety.neutralize("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetSafety.neutralize(" =1")).isEqualTo(" =1");
        assertThat(SpreadsheetSafety.neutralize("'quoted")).isEqualTo("'quoted");
        assertThat(SpreadsheetSafety.neutralize("")).isEmpty();
        assertThat(SpreadsheetSafety.neutralize(null)).isEmpty();
    }
}
