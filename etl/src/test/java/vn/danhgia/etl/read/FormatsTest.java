package vn.danhgia.etl.read;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.etl.read.Fixtures.row;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.form.InputKind;
import vn.danhgia.core.text.TextEncoding;

/** The same member list as xlsx, xls, and text in several encodings and separators; Excel cell types. */
class FormatsTest {
    private static final String HEADER =
            "STT|Họ và tên|Năm sinh|Số thẻ đảng viên|Chi bộ|Tự xếp loại|Đảng ủy quyết định";
    private static final List<String> DATA = List.of(
            "1|Nguyễn Văn An|1970|01533429|Chi bộ thôn Đông|HTTNV|Hoàn thành tốt nhiệm vụ",
            "2|Lê Thị Bình|1985|01304249|Chi bộ thôn Đoài|Tốt|HTXSNV");

    @TempDir
    Path root;

    private final FileReader reader = new FileReader();

    private static List<List<Object>> cellTypes() {
        return List.of(
                row("ĐẢNG ỦY XÃ ĐÔNG LÂM"),
                row("DANH SÁCH XẾP LOẠI ĐẢNG VIÊN NĂM 2025"),
                row(
                        "STT",
                        "Họ và tên",
                        "Ngày sinh",
                        "Số thẻ ĐV",
                        "Điểm tự chấm",
                        "Chi bộ chấm điểm",
                        "Đảng ủy quyết định"),
                row(
                        1,
                        "  Nguyễn\u00A0Văn  An ",
                        LocalDate.of(1958, 3, 9),
                        new Fixtures.Formatted(1533429, "00000000"),
                        86.5,
                        new Fixtures.Formula("E4-0.5"),
                        "HTTNV"),
                row(2.0, "Lê Thị Bình", 1958, "01304249", 90, new Fixtures.Formula("ROUND(E5*1.01,1)"), "HTXSNV"));
    }

    @Test
    void convertsExcelCellTypesFaithfullyInXlsx() throws IOException {
        Path file = Fixtures.xlsx(root.resolve("kieu o.xlsx"), Fixtures.sheet("DS", cellTypes()));
        assertCellTypes(file);
    }

    @Test
    void convertsExcelCellTypesFaithfullyInXls() throws IOException {
        Path file = Fixtures.xls(root.resolve("kieu o.xls"), Fixtures.sheet("DS", cellTypes()));
        assertCellTypes(file);
    }

    private void assertCellTypes(Path file) {
        CollectingSink sink = new CollectingSink();
        FileSummary summary = reader.read(file, root, ReadHints.none(), sink);
        assertThat(summary.kind()).isEqualTo(InputKind.MEMBER_RATING);
        assertThat(summary.year()).contains(2025);
        assertThat(sink.atRow(4).fields())
                .containsExactly(
                        Map.entry("seq", "1"),
                        Map.entry("full_name", "Nguyễn Văn An"),
                        Map.entry("birth", "1958-03-09"),
                        Map.entry("card_number", "01533429"),
                        Map.entry("final_level", "HTTNV"),
                        Map.entry("self_score", "86.5"),
                        Map.entry("proposed_score", "86"));
        assertThat(sink.atRow(5).fields())
                .containsEntry("seq", "2")
                .containsEntry("birth", "1958")
                .containsEntry("card_number", "01304249")
                .containsEntry("self_score", "90")
                .containsEntry("proposed_score", "90.9");
    }

    @Test
    void readsDatesOfAWorkbookCountingFrom1904() throws IOException {
        Path file = root.resolve("mac.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            workbook.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            var sheet = workbook.createSheet("DS");
            sheet.createRow(0).createCell(0).setCellValue("CHI BỘ THÔN BẰNG");
            sheet.createRow(1).createCell(0).setCellValue("DANH SÁCH NĂM 2024");
            var header = sheet.createRow(2);
            String[] titles = {"STT", "Họ và tên", "Ngày sinh", "Chi bộ đề nghị"};
            for (int column = 0; column < titles.length; column++) {
                header.createCell(column).setCellValue(titles[column]);
            }
            var data = sheet.createRow(3);
            data.createCell(0).setCellValue(1);
            data.createCell(1).setCellValue("Nguyễn Văn An");
            var birth = data.createCell(2);
            birth.setCellValue(LocalDate.of(1958, 3, 9));
            birth.setCellStyle(style);
            data.createCell(3).setCellValue("HTTNV");
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        CollectingSink sink = new CollectingSink();
        reader.read(file, root, ReadHints.none(), sink);
        assertThat(sink.atRow(4).field("birth")).contains("1958-03-09");
    }

    @Test
    void readsAnXlsCopyOfAMemberListWithItsTitleBlock() throws IOException {
        Path file = Fixtures.xls(
                root.resolve("2022/ds cu.xls"),
                Fixtures.sheet(
                        "DS",
                        Fixtures.memberList(
                                "ĐẢNG ỦY XÃ ĐÔNG LÂM",
                                null,
                                List.of(row(1, "Nguyễn Văn An", 1970, "HTTNV", "HTTNV", "")))));
        CollectingSink sink = new CollectingSink();
        FileSummary summary = reader.read(file, root, ReadHints.none(), sink);
        assertThat(summary.unit()).contains("ĐẢNG ỦY XÃ ĐÔNG LÂM");
        assertThat(summary.encoding()).isEmpty();
        assertThat(sink.rows).singleElement().satisfies(row -> {
            assertThat(row.sourceFile()).isEqualTo("2022/ds cu.xls");
            assertThat(row.row()).isEqualTo(7);
            assertThat(row.field("birth")).contains("1970");
        });
    }

    @Test
    void readsAnHtmlTableSavedAsXlsWithItsTitleAndMergedHeader() throws IOException {
        String page = """
                <html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1258"></head><body>
                <table><tr><td>ĐẢNG BỘ HUYỆN</td><td>ĐẢNG CỘNG SẢN VIỆT NAM</td></tr>
                <tr><td>ĐẢNG ỦY XÃ ĐÔNG LÂM</td><td></td></tr></table>
                <p>DANH SÁCH XẾP LOẠI ĐẢNG VIÊN NĂM 2023</p>
                <table border=1>
                <tr><td rowspan=2>STT</td><td rowspan=2>Họ và tên</td><td colspan=2>Kết quả xếp loại</td></tr>
                <tr><td>Chi bộ đề nghị</td><td>Đảng ủy quyết định</td></tr>
                <tr><td>1</td><td>Nguyễn Văn An</td><td>HTTNV</td><td>HTTNV</td></tr>
                <tr><td>2</td><td>Lê Thị Bình</td><td>HTXSNV</td><td>Hoàn thành xuất sắc nhiệm vụ</td></tr>
                </table></body></html>
                """;
        Path file = Files.write(
                Files.createDirectories(root.resolve("xuat")).resolve("ds.xls"),
                TextEncoding.WINDOWS_1258.encode(page));
        CollectingSink sink = new CollectingSink();
        FileSummary summary = reader.read(file, root, ReadHints.none(), sink);
        assertThat(summary.kind()).isEqualTo(InputKind.MEMBER_RATING);
        assertThat(summary.year()).contains(2023);
        assertThat(summary.unit()).contains("ĐẢNG ỦY XÃ ĐÔNG LÂM");
        assertThat(summary.sheets()).containsExactly("2");
        assertThat(summary.skippedSheets()).containsExactly("1");
        assertThat(sink.rows)
                .extracting(RawRow::sheet, RawRow::row)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Optional.of("2"), 7),
                        org.assertj.core.groups.Tuple.tuple(Optional.of("2"), 8));
        // rows as Excel shows the page: the layout table's three filled cells and the title, then the table
        assertThat(sink.atRow(8).fields())
                .containsExactly(
                        Map.entry("seq", "2"),
                        Map.entry("full_name", "Lê Thị Bình"),
                        Map.entry("proposed_level", "HTXSNV"),
                        Map.entry("final_level", "Hoàn thành xuất sắc nhiệm vụ"));
    }

    private FileSummary readText(String name, String separator, byte[] bytes, CollectingSink sink) throws IOException {
        Path file = Files.write(Files.createDirectories(root.resolve("2023")).resolve(name), bytes);
        return reader.read(file, root, new ReadHints(Optional.empty(), Optional.of("Đảng ủy xã Đông Lâm")), sink);
    }

    private static String text(String separator, String lineBreak) {
        StringBuilder text = new StringBuilder(HEADER.replace("|", separator)).append(lineBreak);
        DATA.forEach(line -> text.append(line.replace("|", separator)).append(lineBreak));
        return text.toString();
    }

    private static void assertMembers(CollectingSink sink) {
        assertThat(sink.rows).extracting(RawRow::row).containsExactly(2, 3);
        assertThat(sink.atRow(2).fields())
                .containsExactly(
                        Map.entry("seq", "1"),
                        Map.entry("full_name", "Nguyễn Văn An"),
                        Map.entry("birth", "1970"),
                        Map.entry("card_number", "01533429"),
                        Map.entry("cell", "Chi bộ thôn Đông"),
                        Map.entry("self_level", "HTTNV"),
                        Map.entry("final_level", "Hoàn thành tốt nhiệm vụ"));
        assertThat(sink.atRow(3).year()).contains(2023);
    }

    @Test
    void readsAUtf16CsvWithItsByteOrderMark() throws IOException {
        CollectingSink sink = new CollectingSink();
        byte[] body = text(",", "\r\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        FileSummary summary = readText("utf16.csv", ",", bytes, sink);
        assertThat(summary.encoding()).contains(TextEncoding.UTF16LE_BOM);
        assertThat(summary.layout().separator()).contains(',');
        assertMembers(sink);
    }

    @Test
    void readsASemicolonCsv() throws IOException {
        CollectingSink sink = new CollectingSink();
        FileSummary summary = readText("cham phay.csv", ";", text(";", "\n").getBytes(StandardCharsets.UTF_8), sink);
        assertThat(summary.encoding()).contains(TextEncoding.UTF8);
        assertThat(summary.layout().separator()).contains(';');
        assertMembers(sink);
    }

    @Test
    void readsATabSeparatedTxt() throws IOException {
        CollectingSink sink = new CollectingSink();
        FileSummary summary = readText("tab.txt", "\t", text("\t", "\r\n").getBytes(StandardCharsets.UTF_8), sink);
        assertThat(summary.layout().separator()).contains('\t');
        assertMembers(sink);
    }

    @Test
    void countsEditorLinesAcrossQuotedLineBreaks() throws IOException {
        CollectingSink sink = new CollectingSink();
        String text = "DANH SÁCH XẾP LOẠI NĂM 2023\n\nSTT,Họ và tên,Đảng ủy quyết định,Ghi chú\n"
                + "1,Nguyễn Văn An,HTTNV,\"Ghi chú\nhai dòng\"\n2,\"Lê, Thị Bình\",HTNV,\n";
        FileSummary summary = readText("ghi chu.csv", ",", text.getBytes(StandardCharsets.UTF_8), sink);
        assertThat(summary.layout().headerRow()).isEqualTo(3);
        assertThat(sink.rows).extracting(RawRow::row).containsExactly(4, 6);
        assertThat(sink.atRow(4).field("note")).contains("Ghi chú hai dòng");
        assertThat(sink.atRow(6).field("full_name")).contains("Lê, Thị Bình");
    }
}
