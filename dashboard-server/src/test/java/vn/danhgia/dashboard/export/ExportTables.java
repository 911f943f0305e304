package vn.danhgia.dashboard.export;

import java.time.LocalDate;
import java.util.List;
import vn.danhgia.dashboard.export.ExportTable.Column;

/** A table with every column type, Vietnamese text and injected formulas, shared by the export tests. */
final class ExportTables {
    static final String VIETNAMESE = "Đảng ủy xã Đông Hòa";
    static final List<String> INJECTED =
            List.of("=HYPERLINK(\"http://x.example\",\"bấm\")", "+1", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1");

    private ExportTables() {}

    static ExportTable sample() {
        ExportTable.Builder builder = ExportTable.builder(
                "Cảnh báo",
                List.of(
                        Column.of("Đơn vị", ColumnType.TEXT),
                        Column.of("Năm", ColumnType.INTEGER),
                        Column.of("Điểm", ColumnType.DECIMAL),
                        Column.of("Tỷ lệ", ColumnType.SHARE),
                        Column.of("Ngày", ColumnType.DATE)));
        builder.row(VIETNAMESE, 2024L, -5, 0.4167, LocalDate.of(2024, 12, 15));
        for (String injected : INJECTED) {
            builder.row(injected, null, 2.5, null, null);
        }
        return builder.build();
    }
}
