package vn.danhgia.etl.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.core.form.InputKind;

class HeaderDetectorTest {
    private final HeaderDetector detector = new HeaderDetector(SynonymTable.defaults());

    private static TableRow row(int number, Object... cells) {
        String[] values = new String[cells.length];
        boolean[] typed = new boolean[cells.length];
        for (int index = 0; index < cells.length; index++) {
            values[index] = cells[index] == null ? "" : cells[index].toString();
            typed[index] = cells[index] instanceof Number;
        }
        return new TableRow(number, values, typed);
    }

    @Test
    void recognizesNumberingRows() {
        assertThat(HeaderDetector.isNumberingRow(row(11, "(1)", "(2)", "(3)", "(4)")))
                .isTrue();
        assertThat(HeaderDetector.isNumberingRow(row(11, 1, 2, 3, null, 5))).isTrue();
        assertThat(HeaderDetector.isNumberingRow(row(11, "A", "B", "C"))).isTrue();
        assertThat(HeaderDetector.isNumberingRow(row(12, 1, 60, 54, 5))).isFalse();
        assertThat(HeaderDetector.isNumberingRow(row(12, 1, "Nguyễn Văn An", 1970)))
                .isFalse();
        assertThat(HeaderDetector.isNumberingRow(row(12, "(1)", "(2)"))).isFalse();
    }

    @Test
    void readsTheSubHeaderUnderAMergedGroupTitle() {
        List<TableRow> head = List.of(
                row(9, "TT", "Họ và tên", "Kết quả xếp loại", null, null, "Ghi chú"),
                row(10, null, null, "Tự xếp loại", "Chi bộ đề nghị", "Đảng ủy quyết định"),
                row(11, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)"),
                row(12, 1, "Nguyễn Văn An", "HTTNV", "HTTNV", "HTTNV"));
        HeaderLayout layout = detector.detect(head).orElseThrow();
        assertThat(layout.rules().kind()).isEqualTo(InputKind.MEMBER_RATING);
        assertThat(layout.firstRow()).isEqualTo(9);
        assertThat(layout.depth()).isEqualTo(2);
        assertThat(layout.numberingRow()).isEqualTo(11);
        assertThat(layout.columns())
                .extracting(binding -> binding.column() + "=" + binding.field())
                .containsExactly("0=seq", "1=full_name", "2=self_level", "3=proposed_level", "4=final_level", "5=note");
    }

    @Test
    void findsNoHeaderInAForeignTable() {
        assertThat(detector.detect(
                        List.of(row(1, "Ngày", "Nội dung thu", "Số tiền"), row(2, "05/01", "Đảng phí", 1200))))
                .isEmpty();
    }
}
