package vn.danhgia.etl.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.danhgia.core.form.InputKind;
import vn.danhgia.core.testing.Samples;
import vn.danhgia.core.text.TextEncoding;
import vn.danhgia.etl.read.internal.HeaderText;

/** Every shared sample file, read without hints, gives what EXPECTED.md says. */
class SampleFilesTest {
    private static final Path ROOT = Samples.directory();

    /** The level spellings the samples use, to count final levels in tests (the SQL staging owns parsing). */
    private static final Map<String, String> LEVEL_OF_SPELLING = Map.ofEntries(
            Map.entry("htxsnv", "HTXSNV"),
            Map.entry("hoan thanh xuat sac nhiem vu", "HTXSNV"),
            Map.entry("ht xuat sac nv", "HTXSNV"),
            Map.entry("xuat sac", "HTXSNV"),
            Map.entry("httnv", "HTTNV"),
            Map.entry("hoan thanh tot nhiem vu", "HTTNV"),
            Map.entry("hoan thanh tot nv", "HTTNV"),
            Map.entry("ht tot nv", "HTTNV"),
            Map.entry("tot", "HTTNV"),
            Map.entry("htnv", "HTNV"),
            Map.entry("hoan thanh nhiem vu", "HTNV"),
            Map.entry("hoan thanh nv", "HTNV"),
            Map.entry("khtnv", "KHTNV"),
            Map.entry("khong hoan thanh nhiem vu", "KHTNV"),
            Map.entry("mien danh gia", "exempt"),
            Map.entry("chua xep loai", "not_rated"));

    private final FileReader reader = new FileReader();

    private record Read(FileSummary summary, CollectingSink sink) {}

    private Read read(String folder, String name) {
        CollectingSink sink = new CollectingSink();
        FileSummary summary = reader.read(Samples.file(folder, name), ROOT, ReadHints.none(), sink);
        assertThat(sink.rows).hasSize((int) summary.rowsRead());
        return new Read(summary, sink);
    }

    private static Map<String, Long> levels(CollectingSink sink, String field) {
        return sink.countBy(row -> {
            String spelling = HeaderText.key(row.field(field).orElse(""));
            String level = LEVEL_OF_SPELLING.get(spelling);
            assertThat(level)
                    .as("level spelling '%s' of row %d", spelling, row.row())
                    .isNotNull();
            return level;
        });
    }

    @Test
    void readsTheMemberListOf2022WithItsMergedHeaderAndNumberingRow() {
        Read read = read("2022", "DS xep loai dang vien 2022 - DU xa Dong Lam.xlsx");
        FileSummary summary = read.summary();
        assertThat(summary.sourceFile()).isEqualTo("2022/DS xep loai dang vien 2022 - DU xa Dong Lam.xlsx");
        assertThat(summary.kind()).isEqualTo(InputKind.MEMBER_RATING);
        assertThat(summary.year()).contains(2022);
        assertThat(summary.unit()).contains("ĐẢNG ỦY XÃ ĐÔNG LÂM");
        assertThat(summary.rowsRead()).isEqualTo(60);
        assertThat(summary.rowIssues()).isZero();
        assertThat(summary.layout())
                .isEqualTo(new Layout(9, 2, true, false, false, Layout.CellSource.COLUMN, Optional.empty()));
        List<RawRow> rows = read.sink().rows;
        assertThat(rows).extracting(RawRow::row).containsExactlyElementsOf(range(12, 71));
        assertThat(levels(read.sink(), "final_level"))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("HTXSNV", 8L, "HTTNV", 40L, "HTNV", 5L, "KHTNV", 1L, "exempt", 5L, "not_rated", 1L));
        RawRow first = rows.get(0);
        assertThat(first.fields())
                .containsExactly(
                        Map.entry("seq", "1"),
                        Map.entry("full_name", "Hồ Đình Thắng"),
                        Map.entry("birth", "1958"),
                        Map.entry("card_number", "01533429"),
                        Map.entry("cell", "Chi bộ thôn Đông"),
                        Map.entry("position", "Giáo viên"),
                        Map.entry("self_level", "HTTNV"),
                        Map.entry("proposed_level", "hoan thanh tot nhiem vu"),
                        Map.entry("final_level", "HTTNV"));
        assertThat(first.sheet()).contains("DS xếp loại ĐV");
        assertThat(first.year()).contains(2022);
        assertThat(first.unit()).contains("ĐẢNG ỦY XÃ ĐÔNG LÂM");
        assertThat(read.sink().atRow(29).field("note")).contains("Bị kỷ luật khiển trách tháng 6/2022");
    }

    @Test
    void cleansTrickyNamesToNfc() {
        Read read = read("2022", "DS xep loai dang vien 2022 - DU xa Dong Lam.xlsx");
        String decomposed = read.sink().atRow(18).field("full_name").orElseThrow();
        assertThat(decomposed).isEqualTo("Đỗ Hữu Quân").matches(SampleFilesTest::isNfc);
        assertThat(read.sink().atRow(24).field("full_name")).contains("LÝ KIM HÀ");
        assertThat(read.sink().atRow(32).field("full_name")).contains("Dương Thị Lan");
        read.sink().rows.forEach(row -> row.fields().values().forEach(value -> assertThat(value)
                .matches(SampleFilesTest::isNfc)
                .doesNotStartWith(" ")
                .doesNotEndWith(" ")
                .doesNotContain("  ")));
    }

    @Test
    void readsTheSummaryReportWithItsCountAndShareColumns() {
        Read read = read("2022", "Bieu tong hop xep loai DV 2022 - DU xa Dong Lam.xlsx");
        assertThat(read.summary().kind()).isEqualTo(InputKind.SUMMARY_REPORT);
        assertThat(read.summary().year()).contains(2022);
        assertThat(read.summary().unit()).contains("ĐẢNG ỦY XÃ ĐÔNG LÂM");
        assertThat(read.summary().layout().countSharePairs()).isTrue();
        assertThat(read.sink().rows).singleElement().satisfies(row -> {
            assertThat(row.row()).isEqualTo(7);
            assertThat(row.fields())
                    .containsExactly(
                            Map.entry("unit_name", "Toàn Đảng bộ"),
                            Map.entry("total_members", "60"),
                            Map.entry("rated", "54"),
                            Map.entry("exempt", "5"),
                            Map.entry("not_rated", "1"),
                            Map.entry("count_htxsnv", "8"),
                            Map.entry("count_httnv", "40"),
                            Map.entry("count_htnv", "5"),
                            Map.entry("count_khtnv", "1"));
        });
    }

    @Test
    void readsXMarksAsTheLevelOfTheMarkedColumn() {
        Read read = read("2023", "Tong hop xep loai DV 2023 - Chi bo Truong THCS Hoa Son.xlsx");
        FileSummary summary = read.summary();
        assertThat(summary.kind()).isEqualTo(InputKind.MEMBER_RATING);
        assertThat(summary.year()).contains(2023);
        assertThat(summary.unit()).contains("CHI BỘ TRƯỜNG THCS HÒA SƠN");
        assertThat(summary.rowsRead()).isEqualTo(22);
        assertThat(summary.layout().levelMarks()).isTrue();
        assertThat(read.sink().rows).extracting(RawRow::row).containsExactlyElementsOf(range(8, 29));
        assertThat(read.sink().countBy("final_level"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("HTXSNV", 4L, "HTTNV", 16L, "HTNV", 2L));
        assertThat(read.sink().rows)
                .allSatisfy(row -> assertThat(row.field("card_number")).isEmpty());
        assertThat(read.sink().atRow(8).field("birth")).contains("1995-08-18");
    }

    @Test
    void readsTheShortcomingsRegisterWithEachRowsYear() {
        Read read = read("2024", "So theo doi khac phuc han che khuyet diem 2023-2024.xlsx");
        assertThat(read.summary().kind()).isEqualTo(InputKind.SHORTCOMING);
        assertThat(read.summary().rowsRead()).isEqualTo(7);
        assertThat(read.sink().countBy(row -> String.valueOf(row.year().orElseThrow())))
                .containsOnlyKeys("2023", "2024");
        assertThat(read.sink().atRow(4).year()).contains(2023);
        assertThat(read.sink().atRow(5).year()).contains(2024);
        assertThat(read.sink().atRow(10).field("remediation_status")).isEmpty();
        assertThat(read.sink().atRow(10).field("description"))
                .contains("Quản lý trật tự xây dựng còn để xảy ra vi phạm");
    }

    @Test
    void readsTheScoredMemberListOf2025() {
        Read read = read("2025", "DS danh gia xep loai DV 2025 - Chi bo thon Bang.xlsx");
        FileSummary summary = read.summary();
        assertThat(summary.kind()).isEqualTo(InputKind.MEMBER_RATING);
        assertThat(summary.year()).contains(2025);
        assertThat(summary.unit()).contains("CHI BỘ THÔN BẰNG");
        assertThat(summary.rowsRead()).isEqualTo(30);
        assertThat(summary.layout().headerRow()).isEqualTo(9);
        assertThat(summary.layout().headerDepth()).isEqualTo(1);
        RawRow planted = read.sink().atRow(18);
        assertThat(planted.field("proposed_score")).contains("86.5");
        assertThat(planted.field("self_score")).contains("87");
        assertThat(planted.field("final_level")).contains("Hoàn thành xuất sắc nhiệm vụ");
        assertThat(levels(read.sink(), "final_level"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("HTXSNV", 8L, "HTTNV", 22L));
    }

    @Test
    void readsTheUnitRegistryWithoutYearOrUnit() {
        Read read = read("units", "danh muc to chuc dang va sap nhap.xlsx");
        assertThat(read.summary().kind()).isEqualTo(InputKind.UNIT_REGISTRY);
        assertThat(read.summary().year()).isEmpty();
        assertThat(read.summary().unit()).isEmpty();
        assertThat(read.summary().rowsRead()).isEqualTo(10);
        assertThat(read.sink().atRow(11).fields())
                .containsEntry("unit_code", "X21-01")
                .containsEntry("parent_code", "X21")
                .containsEntry("valid_from", "01/01/2024");
        assertThat(read.sink().atRow(4).field("successor_code")).contains("X21");
    }

    @Test
    void readsTheMonthlyExportInUtf8WithBomAndSemicolons() {
        Read read = read("2025", "xuat du lieu danh gia hang thang 2025.csv");
        FileSummary summary = read.summary();
        assertThat(summary.kind()).isEqualTo(InputKind.MONTHLY_SCORE);
        assertThat(summary.year()).contains(2025);
        assertThat(summary.rowsRead()).isEqualTo(110);
        assertThat(summary.layout().separator()).contains(';');
        assertThat(read.sink().rows).extracting(RawRow::row).containsExactlyElementsOf(range(2, 111));
        assertThat(read.sink().rows.get(0).fields())
                .containsExactly(
                        Map.entry("official_code", "CB1000"),
                        Map.entry("full_name", "Khuất Đức Lợi"),
                        Map.entry("position", "Chủ tịch UBND xã"),
                        Map.entry("unit_name", "UBND xã Đoài Sơn"),
                        Map.entry("period", "01/2025"),
                        Map.entry("self_score", "92,4"),
                        Map.entry("final_score", "87,5"),
                        Map.entry("grade", "B"));
        assertThat(read.sink().countBy("official_code")).containsEntry("CB1003", 11L);
    }

    @Test
    void readsTheOrganizationRatingsOf2018InTcvn3() {
        Read read = read("2018", "xep loai TCCS dang 2018 (ma TCVN3).csv");
        FileSummary summary = read.summary();
        assertThat(summary.kind()).isEqualTo(InputKind.ORG_RATING);
        assertThat(summary.year()).contains(2018);
        assertThat(summary.encoding()).contains(TextEncoding.TCVN3);
        assertThat(summary.layout().separator()).contains(',');
        assertThat(summary.rowsRead()).isEqualTo(12);
        assertThat(read.sink().rows).extracting(RawRow::row).containsExactlyElementsOf(range(2, 13));
        assertThat(read.sink().atRow(2).fields())
                .containsExactly(
                        Map.entry("seq", "1"),
                        Map.entry("unit_name", "Đảng bộ xã Đông Lâm"),
                        Map.entry("unit_type", "xã"),
                        Map.entry("self_level", "hoàn thành xuất sắc nhiệm vụ"),
                        Map.entry("proposed_level", "hoàn thành xuất sắc nhiệm vụ"),
                        Map.entry("final_level", "hoàn thành xuất sắc nhiệm vụ"));
        assertThat(levels(read.sink(), "final_level"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("HTXSNV", 2L, "HTTNV", 8L, "HTNV", 2L));
    }

    @Test
    void readsTheDisciplineRegisterInWindows1258WithCombiningToneMarks() {
        Read read = read("2024", "so theo doi ky luat 2024.csv");
        FileSummary summary = read.summary();
        assertThat(summary.kind()).isEqualTo(InputKind.DISCIPLINE);
        assertThat(summary.year()).contains(2024);
        assertThat(summary.encoding()).contains(TextEncoding.WINDOWS_1258);
        assertThat(summary.rowsRead()).isEqualTo(6);
        assertThat(read.sink().countBy("form"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("Cảnh cáo", 1L, "Khai trừ", 1L, "Khiển trách", 4L));
        assertThat(read.sink().atRow(2).fields())
                .containsEntry("full_name", "Đỗ Minh Thắng")
                .containsEntry("card_number", "01357075")
                .containsEntry("decided_on", "18/06/2024")
                .containsEntry("decision_number", "73-QĐ/UBKT");
        read.sink().rows.forEach(row -> row.fields().values().forEach(value -> assertThat(value)
                .matches(SampleFilesTest::isNfc)));
    }

    @Test
    void everySampleIsReadWithoutHints() {
        CollectingSink sink = new CollectingSink();
        List<Path> files = FileCollector.collect(ROOT);
        assertThat(files).hasSize(9);
        for (Path file : files) {
            reader.read(file, ROOT, ReadHints.none(), sink);
        }
        assertThat(sink.issues).isEmpty();
        assertThat(sink.rows).allSatisfy(row -> row.fields().values().forEach(value -> assertThat(value)
                .isEqualTo(Normalizer.normalize(value, Normalizer.Form.NFC))));
    }

    static boolean isNfc(String value) {
        return Normalizer.isNormalized(value, Normalizer.Form.NFC);
    }

    static List<Integer> range(int first, int last) {
        return java.util.stream.IntStream.rangeClosed(first, last).boxed().toList();
    }
}
