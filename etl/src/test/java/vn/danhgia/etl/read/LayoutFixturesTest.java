package vn.danhgia.etl.read;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.etl.read.Fixtures.row;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.form.InputKind;

/** Layouts units use, in workbooks the tests write: cells per sheet, cell-group rows, x-marks, signatures. */
class LayoutFixturesTest {
    @TempDir
    Path root;

    private final FileReader reader = new FileReader();

    @Test
    void takesEachSheetsCellFromItsTitleWhenEverySheetIsACell() throws IOException {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put(
                "Thôn Đông",
                Fixtures.memberList(
                        "ĐẢNG ỦY XÃ ĐÔNG LÂM",
                        "CHI BỘ THÔN ĐÔNG",
                        List.of(
                                row(1, "Nguyễn Văn An", 1970, "HTTNV", "HTTNV"),
                                row(2, "Lê Thị Bình", 1980, "HTNV", "HTNV"))));
        sheets.put(
                "Thôn Đoài",
                Fixtures.memberList(
                        "ĐẢNG ỦY XÃ ĐÔNG LÂM",
                        "CHI BỘ THÔN ĐOÀI",
                        List.of(row(1, "Trần Văn Cường", 1975, "Tốt", "Xuất sắc"))));
        Path file = Fixtures.xlsx(root.resolve("ds theo chi bo.xlsx"), sheets);

        CollectingSink sink = new CollectingSink();
        FileSummary summary = reader.read(file, root, ReadHints.none(), sink);

        assertThat(summary.kind()).isEqualTo(InputKind.MEMBER_RATING);
        assertThat(summary.unit()).contains("ĐẢNG ỦY XÃ ĐÔNG LÂM");
        assertThat(summary.year()).contains(2022);
        assertThat(summary.sheets()).containsExactly("Thôn Đông", "Thôn Đoài");
        assertThat(summary.layout().cellSource()).isEqualTo(Layout.CellSource.SHEETS);
        assertThat(sink.rows)
                .extracting(row -> row.sheet().orElseThrow() + "/" + row.row() + "/"
                        + row.field("cell").orElseThrow())
                .containsExactly(
                        "Thôn Đông/7/CHI BỘ THÔN ĐÔNG", "Thôn Đông/8/CHI BỘ THÔN ĐÔNG", "Thôn Đoài/7/CHI BỘ THÔN ĐOÀI");
    }

    @Test
    void takesEachSheetsCellFromTheSheetNameWhenTitlesAreAlike() throws IOException {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put(
                "Chi bộ thôn Đông",
                Fixtures.memberList(
                        "ĐẢNG ỦY XÃ ĐÔNG LÂM", null, List.of(row(1, "Nguyễn Văn An", 1970, "HTTNV", "HTTNV"))));
        sheets.put(
                "Chi bộ thôn Đoài",
                Fixtures.memberList(
                        "ĐẢNG ỦY XÃ ĐÔNG LÂM", null, List.of(row(1, "Trần Văn Cường", 1975, "Tốt", "Xuất sắc"))));
        sheets.put("Hướng dẫn", List.of(row("Điền mỗi chi bộ vào một trang tính.")));
        Path file = Fixtures.xlsx(root.resolve("2022/ds.xlsx"), sheets);

        CollectingSink sink = new CollectingSink();
        FileSummary summary = reader.read(file, root, ReadHints.none(), sink);

        assertThat(summary.unit()).contains("ĐẢNG ỦY XÃ ĐÔNG LÂM");
        assertThat(summary.skippedSheets()).containsExactly("Hướng dẫn");
        assertThat(sink.countBy("cell")).containsOnlyKeys("Chi bộ thôn Đông", "Chi bộ thôn Đoài");
    }

    @Test
    void takesTheCellFromGroupRowsInsideTheData() throws IOException {
        Path file = Fixtures.xlsx(
                root.resolve("ds.xlsx"),
                Fixtures.sheet(
                        "DS",
                        Fixtures.memberList(
                                "ĐẢNG ỦY XÃ ĐÔNG LÂM",
                                null,
                                java.util.Arrays.asList(
                                        row(null, "Chi bộ thôn Đông"),
                                        row(1, "Nguyễn Văn An", 1970, "HTTNV", "HTTNV"),
                                        row(2, "Lê Thị Bình", 1980, "HTNV", "HTNV"),
                                        row("II. Chi bộ thôn Đoài"),
                                        row(3, "Trần Văn Cường", 1975, "Tốt", "Xuất sắc"),
                                        row("Tổng cộng", "3 đảng viên"),
                                        null,
                                        row(null, null, null, "T/M ĐẢNG ỦY"),
                                        row(null, null, null, "BÍ THƯ"),
                                        row(null, null, null, "Nguyễn Văn Bình")))));

        CollectingSink sink = new CollectingSink();
        FileSummary summary = reader.read(file, root, ReadHints.none(), sink);

        assertThat(summary.layout().cellSource()).isEqualTo(Layout.CellSource.GROUP_ROWS);
        assertThat(sink.rows)
                .extracting(row -> row.row() + ":" + row.field("cell").orElseThrow())
                .containsExactly("8:Chi bộ thôn Đông", "9:Chi bộ thôn Đông", "11:II. Chi bộ thôn Đoài");
    }

    @Test
    void reportsRowsWithTwoMarksOrNoneAndReadsTheOthers() throws IOException {
        List<List<Object>> rows = List.of(
                row("CHI BỘ TRƯỜNG THCS HÒA SƠN"),
                row("TỔNG HỢP KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN NĂM 2023"),
                row("STT", "Họ và tên", "Chi bộ xếp loại", null, null, null),
                row(null, null, "HTXSNV", "HTTNV", "HTNV", "KHTNV"),
                row(1, "Nguyễn Văn An", "✓"),
                row(2, "Lê Thị Bình", null, "x ", "X"),
                row(3, "Trần Văn Cường"),
                row(4, "Phạm Thị Dung", null, null, null, "X"),
                row(5, "Hồ Văn Em", null, "đạt"),
                row("Cộng", null, 1, 1, 1, 1));
        Path file = Fixtures.xlsx(root.resolve("x.xlsx"), Fixtures.sheet("Sheet1", rows));

        CollectingSink sink = new CollectingSink();
        FileSummary summary = reader.read(file, root, ReadHints.none(), sink);

        assertThat(summary.layout().levelMarks()).isTrue();
        assertThat(sink.rows)
                .extracting(row -> row.row() + ":" + row.field("final_level").orElseThrow())
                .containsExactly("5:HTXSNV", "8:KHTNV");
        assertThat(summary.rowIssues()).isEqualTo(3);
        assertThat(sink.issues)
                .extracting(RowIssue::row, RowIssue::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(6, ErrorCode.AMBIGUOUS_LEVEL),
                        org.assertj.core.groups.Tuple.tuple(7, ErrorCode.MISSING_VALUE),
                        org.assertj.core.groups.Tuple.tuple(9, ErrorCode.UNKNOWN_LEVEL));
        assertThat(sink.issues.get(0).message())
                .isEqualTo("Có 2 dấu x ở các cột xếp loại (HTXSNV, HTTNV, HTNV, KHTNV), trong khi mỗi người chỉ có"
                        + " một mức. Cách sửa: giữ lại đúng một dấu x.");
        assertThat(sink.issues.get(0).sourceFile()).isEqualTo("x.xlsx");
        assertThat(sink.issues.get(0).sheet()).contains("Sheet1");
    }

    @Test
    void prefersTheTitleYearToTheSigningDateAndTheFolder() throws IOException {
        List<List<Object>> rows = List.of(
                row("ĐẢNG ỦY XÃ TÂY LÂM", null, null, "Tây Lâm, ngày 05 tháng 01 năm 2024"),
                row("KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN NĂM 2023"),
                row("TT", "Họ tên", "Chi bộ", "Chi bộ đề nghị"),
                row(1, "Nguyễn Văn An", "Chi bộ thôn Tây", "HTNV"),
                row(null, null, "Tây Lâm, ngày 05 tháng 01 năm 2024"),
                row(null, null, "Nguyễn Văn Bình"));
        Path file = Fixtures.xlsx(root.resolve("2024/nhan muon.xlsx"), Fixtures.sheet("DS", rows));

        CollectingSink sink = new CollectingSink();
        FileSummary summary = reader.read(file, root, ReadHints.none(), sink);

        assertThat(summary.year()).contains(2023);
        assertThat(summary.unit()).contains("ĐẢNG ỦY XÃ TÂY LÂM");
        assertThat(sink.rows).singleElement().satisfies(row -> assertThat(row.row())
                .isEqualTo(4));
    }
}
