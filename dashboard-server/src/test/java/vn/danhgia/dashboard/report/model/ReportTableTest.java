package vn.danhgia.dashboard.report.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTableTest {
    private static final List<ReportColumn> COLUMNS = List.of(
            new ReportColumn("Đơn vị", ColumnKind.TEXT),
            new ReportColumn("Đảng viên", ColumnKind.INTEGER),
            new ReportColumn("Tỷ lệ", ColumnKind.PERCENT));

    @Test
    void keepsNullsAsEmptyCellsAndCannotBeChangedAfterwards() {
        List<Object> row = new ArrayList<>(Arrays.asList("Xã Đại Đồng", 12L, null));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row);
        ReportTable table = new ReportTable("Bảng 1", "Bảng 1", COLUMNS, rows, List.of());
        row.set(0, "changed");
        rows.clear();
        assertThat(table.rows()).containsExactly(Arrays.asList("Xã Đại Đồng", 12L, null));
        assertThatThrownBy(() -> table.rows().get(0).set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void acceptsEveryNumberTypeInNumberColumns() {
        ReportTable table = new ReportTable(
                "Bảng 1",
                "Bảng 1",
                COLUMNS,
                List.of(List.of("A", 1, 0.5), List.of("B", 2L, new BigDecimal("0.25"))),
                List.of());
        assertThat(table.rows()).hasSize(2);
    }

    @Test
    void rejectsARowOfTheWrongLengthWithItsNumber() {
        assertThatThrownBy(() -> new ReportTable(
                        "Bảng 1", "Bảng 1", COLUMNS, List.of(List.of("A", 1L, 0.5), List.of("B", 2L)), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Row 2 of table 'Bảng 1' has 2 values for 3 columns");
    }

    @Test
    void rejectsTextInANumberColumn() {
        assertThatThrownBy(
                        () -> new ReportTable("Bảng 1", "Bảng 1", COLUMNS, List.of(List.of("A", "12", 0.5)), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Row 1 of table 'Bảng 1', column 'Đảng viên' (INTEGER) holds a String: 12");
    }

    @Test
    void rejectsSheetNamesAWorkbookRefuses() {
        assertThatThrownBy(() -> new ReportTable("Bảng 1", "2024/2025", COLUMNS, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Table 'Bảng 1' has the sheet name '2024/2025' with '/': a sheet name cannot hold any of"
                        + " []:*?/\\");
        assertThatThrownBy(() -> new ReportTable("Bảng 1", "x".repeat(32), COLUMNS, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Table 'Bảng 1' has the sheet name '" + "x".repeat(32) + "': give 1 to 31 characters");
    }

    @Test
    void aReportOfSimulatedDataNeedsItsMark() {
        assertThatThrownBy(() -> new YearReport(
                        new TitleBlock("", "HUYỆN ỦY", "", "", java.time.LocalDate.of(2026, 12, 7), "BÁO CÁO", ""),
                        true,
                        " ",
                        List.of(),
                        List.of(),
                        java.util.Locale.ROOT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("A report of simulated data needs the mark printed on every page");
    }
}
