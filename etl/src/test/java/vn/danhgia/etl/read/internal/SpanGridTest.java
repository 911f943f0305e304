package vn.danhgia.etl.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanGridTest {
    @Test
    void laysOutATwoRowHeaderAsAnExcelMergeWould() {
        SpanGrid grid = new SpanGrid();
        grid.startRow();
        grid.cell("STT", 1, 2);
        grid.cell("Họ và tên", 1, 2);
        grid.cell("Kết quả xếp loại", 3, 1);
        grid.cell("Ghi chú", 1, 2);
        grid.startRow();
        grid.cell("Tự xếp loại", 1, 1);
        grid.cell("Chi bộ đề nghị", 1, 1);
        grid.cell("Đảng ủy quyết định", 1, 1);
        grid.startRow();
        grid.cell("1", 1, 1);
        grid.cell("Nguyễn Văn An", 1, 1);
        grid.cell("HTTNV", 1, 1);
        grid.cell("HTTNV", 1, 1);
        grid.cell("HTTNV", 1, 1);
        grid.cell("", 1, 1);

        assertThat(grid.rows())
                .containsExactly(
                        List.of("STT", "Họ và tên", "Kết quả xếp loại", "", "", "Ghi chú"),
                        List.of("", "", "Tự xếp loại", "Chi bộ đề nghị", "Đảng ủy quyết định"),
                        List.of("1", "Nguyễn Văn An", "HTTNV", "HTTNV", "HTTNV", ""));
    }

    @Test
    void aCellSpanningRowsAndColumnsPushesTheCellsBelowItToTheRight() {
        SpanGrid grid = new SpanGrid();
        grid.startRow();
        grid.cell("A", 2, 2);
        grid.cell("B", 1, 1);
        grid.startRow();
        grid.cell("C", 1, 1);
        grid.startRow();
        grid.cell("D", 0, 0);
        grid.cell("E", 1, 1);

        assertThat(grid.rows()).containsExactly(List.of("A", "", "B"), List.of("", "", "C"), List.of("D", "E"));
    }
}
