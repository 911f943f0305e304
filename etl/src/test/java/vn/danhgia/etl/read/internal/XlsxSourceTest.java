package vn.danhgia.etl.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XlsxSourceTest {
    @Test
    void turnsCellReferencesIntoColumns() {
        assertThat(XlsxSource.columnOf("A1")).isZero();
        assertThat(XlsxSource.columnOf("J10")).isEqualTo(9);
        assertThat(XlsxSource.columnOf("AA3")).isEqualTo(26);
        assertThat(XlsxSource.columnOf("AZ71")).isEqualTo(51);
    }

    @Test
    void writesGeneralNumbersAsTheirShortestDecimal() {
        assertThat(CellText.plain(1958.0)).isEqualTo("1958");
        assertThat(CellText.plain(86.5)).isEqualTo("86.5");
        assertThat(CellText.plain(14.81)).isEqualTo("14.81");
        assertThat(CellText.plain(-0.0)).isEqualTo("0");
        assertThat(CellText.plain(1e15)).isEqualTo("1000000000000000");
    }
}
