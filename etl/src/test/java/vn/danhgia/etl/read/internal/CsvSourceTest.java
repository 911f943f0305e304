package vn.danhgia.etl.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvSourceTest {
    @Test
    void splitsOnSemicolonsWhenCommasAreDecimalMarks() {
        assertThat(CsvSource.detectSeparator("Mã CB;Điểm tự chấm;Điểm\nCB1;92,4;87,5\nCB2;85,6;85,0\n"))
                .isEqualTo(';');
    }

    @Test
    void splitsOnCommasOutsideQuotes() {
        assertThat(CsvSource.detectSeparator("STT,Họ và tên,Ghi chú\n1,\"An; Bình\",x\n2,Cường,y\n"))
                .isEqualTo(',');
    }

    @Test
    void splitsOnTabsDespiteATitleLine() {
        assertThat(CsvSource.detectSeparator("DANH SÁCH, NĂM 2023\nSTT\tHọ và tên\tGhi chú\n1\tAn\t\n2\tBình\t\n"))
                .isEqualTo('\t');
    }

    @Test
    void aLineBreakInsideAQuotedHeaderCellDoesNotEndTheRecord() {
        String text = "TT;\"Họ và tên\nđảng viên\";\"Ngày\nsinh\";\"Kết quả\nxếp loại\"\n"
                + "1;Nguyễn Văn An;01/02/1970;HTTNV\n2;Trần Thị Bình;03/04/1981;HTXSNV\n";
        assertThat(CsvSource.detectSeparator(text)).isEqualTo(';');
    }
}
