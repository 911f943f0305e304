package vn.danhgia.etl.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.danhgia.core.text.TextEncoding;

/**
 * Writes the corpus files that cannot be typed in a text editor (etl/src/test/resources/corpus, see its
 * README.md): workbooks and Word files laid out as a clerk makes them (title block, merges), and the
 * hand-written UTF-8 texts of etl/src/test/corpus-sources saved in the legacy encodings units use. Run
 * once, by hand, from the etl folder; the files it writes are committed:
 *
 * <pre>java -cp target/test-classes:$(cat target/classpath.txt) vn.danhgia.etl.corpus.CorpusWriter</pre>
 */
public final class CorpusWriter {
    private final Path corpus;

    private CorpusWriter(Path corpus) {
        this.corpus = corpus;
    }

    public static void main(String[] arguments) throws IOException {
        Path corpus = Path.of(arguments.length > 0 ? arguments[0] : "src/test/resources/corpus");
        Path sources = Path.of(arguments.length > 1 ? arguments[1] : "src/test/corpus-sources");
        CorpusWriter writer = new CorpusWriter(corpus);
        writer.encoded(sources);
        writer.registry();
        writer.workbooks();
        writer.wordFiles();
        writer.openDocument();
        writer.singleFileWebPage(sources);
    }

    // ---- legacy encodings of hand-written text

    private void encoded(Path sources) throws IOException {
        write(
                "2023/DS xep loai DV 2023 - DU xa Tay Lam.xls",
                TextEncoding.WINDOWS_1258.encode(read(sources, "DS xep loai DV 2023 - DU xa Tay Lam.xls.utf8")));
        write(
                "2023/so theo doi ky luat dang vien 2023.htm",
                TextEncoding.WINDOWS_1258.encode(read(sources, "so theo doi ky luat dang vien 2023.htm.utf8")));
        write(
                "2022/xep loai dang vien 2022 (ma TCVN3).csv",
                TextEncoding.TCVN3.encode(read(sources, "xep loai dang vien 2022 (ma TCVN3).csv.utf8")
                        .replace("\n", "\r\n")));
        write(
                "2023/DS xep loai DV 2023 - CB Truong THPT Doai Son (VNI).csv",
                TextEncoding.VNI.encode(read(sources, "DS xep loai DV 2023 - CB Truong THPT Doai Son (VNI).csv.utf8")
                        .replace("\n", "\r\n")));
    }

    private static String read(Path sources, String name) throws IOException {
        return Files.readString(sources.resolve(name), StandardCharsets.UTF_8);
    }

    private void write(String relative, byte[] bytes) throws IOException {
        Path file = corpus.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    // ---- workbooks

    private void registry() throws IOException {
        xlsx(
                "danh muc/danh muc to chuc dang bo sung.xlsx",
                "Danh mục",
                Arrays.asList(
                        row(
                                "Mã đơn vị",
                                "Tên tổ chức đảng",
                                "Loại hình",
                                "Cấp",
                                "Trực thuộc",
                                "Hiệu lực từ",
                                "Hiệu lực đến",
                                "Sáp nhập / chuyển thành",
                                "Ghi chú"),
                        row("X04", "Đảng bộ xã Bắc Sơn", "xã", "cơ sở", "TU", "01/01/2015", "", "", ""),
                        row("C02", "Chi bộ Trường THCS Tây Lâm", "sự nghiệp", "cơ sở", "TU", "01/01/2015", "", "", ""),
                        row(
                                "C03",
                                "Chi bộ Trường Tiểu học Đông Lâm",
                                "sự nghiệp",
                                "cơ sở",
                                "TU",
                                "01/01/2015",
                                "",
                                "",
                                ""),
                        row("C04", "Chi bộ Trung tâm Y tế huyện", "sự nghiệp", "cơ sở", "TU", "01/01/2015", "", "", ""),
                        row(
                                "C05",
                                "Chi bộ Trường Mầm non Hòa Sơn",
                                "sự nghiệp",
                                "cơ sở",
                                "TU",
                                "01/01/2015",
                                "",
                                "",
                                ""),
                        row("C06", "Chi bộ Trường THPT Đoài Sơn", "sự nghiệp", "cơ sở", "TU", "01/01/2015", "", "", ""),
                        row(
                                "D01",
                                "Đảng bộ Công ty Cổ phần Xây dựng Sông Lâm",
                                "doanh nghiệp",
                                "cơ sở",
                                "TU",
                                "01/01/2015",
                                "",
                                "",
                                ""),
                        row(
                                "D02",
                                "Đảng bộ Công ty TNHH Một thành viên Môi trường Đô thị",
                                "doanh nghiệp",
                                "cơ sở",
                                "TU",
                                "01/01/2015",
                                "",
                                "",
                                "")),
                List.of());
    }

    private void workbooks() throws IOException {
        // title block, a two-row header merged over three level columns, a numbering row, a total, a signature
        xlsx(
                "2023/Tong hop danh gia DV 2023 - DB xa Dong Lam.xlsx",
                "Xếp loại ĐV",
                Arrays.asList(
                        row("ĐẢNG BỘ HUYỆN", null, null, null, "ĐẢNG CỘNG SẢN VIỆT NAM"),
                        row("ĐẢNG ỦY XÃ ĐÔNG LÂM", null, null, null, "Đông Lâm, ngày 15 tháng 12 năm 2023"),
                        row("*"),
                        null,
                        row("DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2023"),
                        null,
                        row(
                                "STT",
                                "Họ và tên",
                                "Năm sinh",
                                "Chi bộ",
                                "Kết quả đánh giá, xếp loại",
                                null,
                                null,
                                "Ghi chú"),
                        row(null, null, null, null, "Tự xếp loại", "Chi bộ đề nghị", "Đảng ủy quyết định", null),
                        row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"),
                        row(1, "Nguyễn Hữu Phước", 1963, "Chi bộ thôn Đông", "HTTNV", "HTTNV", "HTTNV"),
                        row(2, "Trần Thị Xuân", 1977, "Chi bộ thôn Đông", "HTXSNV", "HTXSNV", "HTXSNV"),
                        row(3, "Lê Đình Sáng", 1958, "Chi bộ thôn Đông", "HTTNV", "HTTNV", "HTTNV"),
                        row(
                                4,
                                "Phạm Thị Thơm",
                                1875,
                                "Chi bộ thôn Đông",
                                "HTTNV",
                                "HTTNV",
                                "HTTNV",
                                "năm sinh ghi nhầm"),
                        row(5, "Vi Văn Chiến", 1981, "Chi bộ thôn Đoài", "HTTNV", "HTTNV", "HTTNV"),
                        row(6, "Nguyễn Thị Bích Ngọc", 1992, "Chi bộ thôn Đoài", "HTTNV", "HTTNV", "HTXSNV"),
                        row(7, "Hà Văn Tú", 1970, "Chi bộ thôn Đoài", "HTNV", "HTNV", "HTNV"),
                        row(8, "Đồng Thị Gấm", 1986, "Chi bộ thôn Trung", "HTTNV", "HTTNV", "HTTNV"),
                        row(9, "Triệu Văn Khiêm", 1966, "Chi bộ thôn Trung", "HTTNV", "HTTNV", "HTTNV"),
                        row(10, "Lã Thị Hoa", 1989, "Chi bộ thôn Trung", "HTXSNV", "HTTNV", "HTTNV"),
                        row("Tổng cộng: 10 đảng viên"),
                        null,
                        row(null, null, null, null, "T/M ĐẢNG ỦY"),
                        row(null, null, null, null, "BÍ THƯ")),
                List.of(
                        "A7:A8", "B7:B8", "C7:C8", "D7:D8", "E7:G7", "H7:H8", "A1:D1", "E1:H1", "A2:D2", "E2:H2",
                        "A5:H5"));

        // header wordings that are not in the synonym list
        xlsx(
                "2024/DS DV 2024 - DU xa Bac Son.xlsx",
                "DS",
                Arrays.asList(
                        row("ĐẢNG BỘ HUYỆN"),
                        row("ĐẢNG ỦY XÃ BẮC SƠN"),
                        null,
                        row("KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN NĂM 2024"),
                        null,
                        row(
                                "TT",
                                "Họ và tên ĐV",
                                "Năm sinh",
                                "Đảng viên tự nhận mức",
                                "Chi ủy đề nghị",
                                "Kết quả do Đảng ủy cơ sở quyết định"),
                        row(1, "Chẩu Văn Lìn", 1974, "HTTNV", "HTTNV", "HTTNV"),
                        row(2, "Hoàng Thị Mận", 1980, "HTTNV", "HTTNV", "HTTNV"),
                        row(3, "Nguyễn Văn Thuận", 1968, "HTXSNV", "HTXSNV", "HTXSNV"),
                        row(4, "Lăng Thị Quyên", 1991, "HTTNV", "HTTNV", "HTTNV"),
                        row(5, "Sầm Văn Pao", 1962, "HTTNV", "HTNV", "HTNV"),
                        row(6, "Đinh Thị Thu Trang", 1988, "HTTNV", "HTTNV", "HTTNV"),
                        row(7, "Mông Văn Sáng", 1979, "HTTNV", "HTTNV", "HTTNV"),
                        row(8, "Bàn Thị Liên", 1985, "HTXSNV", "HTTNV", "HTTNV")),
                List.of());

        // the unit only in the file name, as 'CB Truong THCS ...'
        xlsx(
                "2025/DS xep loai DV 2025 - CB Truong THCS Tay Lam.xlsx",
                "Sheet1",
                Arrays.asList(
                        row("DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN NĂM 2025"),
                        null,
                        row("STT", "Họ và tên", "Năm sinh", "Chức vụ", "Tự xếp loại", "Chi bộ xếp loại"),
                        row(1, "Khổng Minh Đức", 1975, "Hiệu trưởng", "HTXSNV", "HTXSNV"),
                        row(2, "Tống Thị Huyền", 1983, "Phó hiệu trưởng", "HTTNV", "HTTNV"),
                        row(3, "Mạc Thị Loan", 1990, "Giáo viên", "HTTNV", "HTTNV"),
                        row(4, "Từ Văn Nghĩa", 1986, "Giáo viên", "HTTNV", "HTTNV"),
                        row(5, "Lâm Thị Ngát", 1994, "Giáo viên", "HTTNV", "HTNV"),
                        row(6, "Ứng Văn Kiên", 1971, "Giáo viên", "HTTNV", "HTTNV")),
                List.of("A1:F1"));

        // the year only in the folder name; the unit in the title block
        xlsx(
                "2023/danh sach xep loai dang vien.xlsx",
                "Trang tính1",
                Arrays.asList(
                        row("CHI BỘ TRƯỜNG MẦM NON HÒA SƠN"),
                        row("DANH SÁCH XẾP LOẠI ĐẢNG VIÊN"),
                        null,
                        row("STT", "Họ và tên", "Ngày sinh", "Tự xếp loại", "Chi bộ đề nghị", "Đảng ủy quyết định"),
                        row(1, "Trương Thị Hồng Nhung", "14/02/1984", "HTXSNV", "HTXSNV", "HTXSNV"),
                        row(2, "Lý Thị Phương", "02/09/1979", "HTTNV", "HTTNV", "HTTNV"),
                        row(3, "Đào Thị Thanh", "27/06/1990", "HTTNV", "HTTNV", "HTTNV"),
                        row(4, "Cao Thị Mai", "05/05/1987", "HTTNV", "HTTNV", "HTTNV"),
                        row(5, "Hồ Văn Lâm", "19/11/1969", "HTTNV", "HTTNV", "HTTNV")),
                List.of());

        // a list gathering several units, each row naming its own in a column; no unit in title or file name
        xlsx(
                "2025/tong hop xep loai dang vien khoi truong hoc - y te 2025.xlsx",
                "Tổng hợp",
                Arrays.asList(
                        row("BAN TỔ CHỨC HUYỆN ỦY"),
                        null,
                        row("TỔNG HỢP KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN KHỐI TRƯỜNG HỌC, Y TẾ NĂM 2025"),
                        null,
                        row(
                                "STT",
                                "Họ và tên",
                                "Năm sinh",
                                "Tổ chức cơ sở đảng",
                                "Tự xếp loại",
                                "Chi bộ đề nghị",
                                "Cấp ủy cơ sở quyết định"),
                        row(1, "Vi Thị Hằng", 1981, "Chi bộ Trường Tiểu học Đông Lâm", "HTXSNV", "HTXSNV", "HTXSNV"),
                        row(2, "La Văn Tới", 1976, "Chi bộ Trường Tiểu học Đông Lâm", "HTTNV", "HTTNV", "HTTNV"),
                        row(3, "Quách Thị Lựu", 1985, "CB TT Y tế huyện", "HTTNV", "HTTNV", "HTTNV"),
                        row(4, "Kiều Văn Đạt", 1972, "CB TT Y tế huyện", "HTTNV", "HTTNV", "HTTNV"),
                        row(5, "Diệp Thị Nga", 1990, "CB TT Y tế huyện", "HTTNV", "HTNV", "HTNV"),
                        row(6, "Thân Văn Bình", 1968, "Chi bộ Trường THPT Đoài Sơn", "HTXSNV", "HTXSNV", "HTXSNV"),
                        row(7, "Lục Thị Oanh", 1992, "Chi bộ Trường THPT Đoài Sơn", "HTTNV", "HTTNV", "HTTNV")),
                List.of("A1:C1", "A3:G3"));

        // the year only in the folder, the unit only in the file name as 'CB TT ...' (Trung tâm)
        xlsx(
                "2022/KQ xep loai DV - CB TT Y te huyen.xlsx",
                "KQ",
                Arrays.asList(
                        row(
                                "STT",
                                "Họ và tên",
                                "Năm sinh",
                                "Chức vụ",
                                "Tự xếp loại",
                                "Chi bộ đề nghị",
                                "Đảng ủy quyết định"),
                        row(1, "Bác sĩ Nguyễn Văn Lương", 1970, "Giám đốc", "HTXSNV", "HTXSNV", "HTXSNV"),
                        row(2, "Trần Thị Hảo", 1982, "Điều dưỡng trưởng", "HTTNV", "HTTNV", "HTTNV"),
                        row(3, "Phan Văn Cừ", 1977, "Bác sĩ", "HTTNV", "HTTNV", "HTTNV"),
                        row(4, "Ngô Thị Tuyết", 1988, "Dược sĩ", "HTTNV", "HTTNV", "HTTNV"),
                        row(5, "Đỗ Quang Vinh", 1979, "Bác sĩ", "HTTNV", "HTNV", "HTNV"),
                        row(6, "Hứa Thị Diệu", 1993, "Điều dưỡng", "HTTNV", "HTTNV", "HTTNV")),
                List.of());
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private void xlsx(String relative, String sheetName, List<List<Object>> rows, List<String> merges)
            throws IOException {
        Path file = corpus.resolve(relative);
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(sheetName);
            for (int index = 0; index < rows.size(); index++) {
                List<Object> values = rows.get(index);
                if (values == null) {
                    continue;
                }
                Row row = sheet.createRow(index);
                for (int column = 0; column < values.size(); column++) {
                    Object value = values.get(column);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(column);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            merges.forEach(range -> sheet.addMergedRegion(CellRangeAddress.valueOf(range)));
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    // ---- Word files

    private void wordFiles() throws IOException {
        docx(
                "2024/Bao cao xep loai DV.docx",
                List.of(
                        "ĐẢNG BỘ HUYỆN\t\tĐẢNG CỘNG SẢN VIỆT NAM",
                        "CHI BỘ TRƯỜNG THCS TÂY LÂM",
                        "*",
                        "",
                        "DANH SÁCH ĐẢNG VIÊN ĐƯỢC ĐÁNH GIÁ, XẾP LOẠI NĂM 2024",
                        ""),
                List.of(
                        row("STT", "Họ và tên", "Năm sinh", "Kết quả xếp loại", "<", "<", "Ghi chú"),
                        row("^", "^", "^", "Tự xếp loại", "Chi bộ đề nghị", "Đảng ủy quyết định", "^"),
                        row("1", "Khổng Minh Đức", "1975", "HTXSNV", "HTXSNV", "HTXSNV", ""),
                        row("2", "Tống Thị Huyền", "1983", "HTTNV", "HTTNV", "HTTNV", ""),
                        row("3", "Mạc Thị Loan", "1990", "HTTNV", "HTTNV", "HTTNV", ""),
                        row("4", "Từ Văn Nghĩa", "1986", "HTTNV", "HTTNV", "HTTNV", "Nghỉ ốm 3 tháng"),
                        row("5", "Lâm Thị Ngát", "1994", "HTTNV", "HTTNV", "HTTNV", ""),
                        row("6", "Ứng Văn Kiên", "1971", "HTXSNV", "HTTNV", "HTTNV", "")),
                List.of("Tây Lâm, ngày 18 tháng 12 năm 2024", "T/M CHI BỘ", "BÍ THƯ"));

        // header wordings not in the synonym list, the unit only in the file name as 'DU Cty CP ...'
        docx(
                "2025/DS DV 2025 - DU Cty CP Xay dung Song Lam.docx",
                List.of("DANH SÁCH ĐẢNG VIÊN VÀ KẾT QUẢ XẾP LOẠI NĂM 2025", ""),
                List.of(
                        row(
                                "STT",
                                "Họ và tên ĐV",
                                "Năm sinh",
                                "Chi bộ",
                                "Đảng viên tự nhận mức",
                                "Chi ủy đề nghị",
                                "Kết quả do Đảng ủy cơ sở quyết định"),
                        row("1", "Văn Đức Mạnh", "1972", "Chi bộ Văn phòng", "HTXSNV", "HTXSNV", "HTXSNV"),
                        row("2", "Lê Thị Thúy", "1985", "Chi bộ Văn phòng", "HTTNV", "HTTNV", "HTTNV"),
                        row("3", "Cù Văn Bình", "1979", "Chi bộ Văn phòng", "HTTNV", "HTTNV", "HTTNV"),
                        row("4", "Hầu Văn Chương", "1968", "Chi bộ Đội thi công số 1", "HTTNV", "HTTNV", "HTTNV"),
                        row("5", "Phó Đức Tài", "1990", "Chi bộ Đội thi công số 1", "HTTNV", "HTNV", "HTNV"),
                        row("6", "Nguyễn Văn Toản", "1987", "Chi bộ Đội thi công số 1", "HTTNV", "HTTNV", "HTTNV"),
                        row("7", "Trần Quốc Việt", "1975", "Chi bộ Đội thi công số 2", "HTTNV", "HTTNV", "HTTNV"),
                        row("8", "Lê Văn Hậu", "1982", "Chi bộ Đội thi công số 2", "HTXSNV", "HTTNV", "HTTNV"),
                        row("9", "Đàm Thị Hạnh", "1993", "Chi bộ Đội thi công số 2", "HTTNV", "HTTNV", "HTTNV"),
                        row("10", "Kha Văn Thịnh", "1970", "Chi bộ Đội thi công số 2", "HTTNV", "HTTNV", "HTTNV"),
                        row("11", "Mẫn Thị Nhàn", "1989", "Chi bộ Đội thi công số 2", "HTTNV", "HTTNV", "HTTNV"),
                        row("12", "Tiêu Văn Long", "1966", "Chi bộ Đội thi công số 2", "HTNV", "KHTNV", "KHTNV")),
                List.of());

        // a Word file cut short (sent by e-mail, half received)
        Path whole = Files.createTempFile("corpus", ".docx");
        try {
            docx(
                    whole,
                    List.of("DANH SÁCH XẾP LOẠI ĐẢNG VIÊN NĂM 2024"),
                    List.of(row("STT", "Họ và tên", "Chi bộ đề nghị"), row("1", "Nguyễn Văn A", "HTTNV")),
                    List.of());
            byte[] bytes = Files.readAllBytes(whole);
            write(
                    "2024/DS xep loai DV 2024 - CB Truong THPT Doai Son (gui loi).docx",
                    Arrays.copyOf(bytes, bytes.length * 2 / 3));
        } finally {
            Files.delete(whole);
        }
    }

    private void docx(String relative, List<String> before, List<List<Object>> table, List<String> after)
            throws IOException {
        Path file = corpus.resolve(relative);
        Files.createDirectories(file.getParent());
        docx(file, before, table, after);
    }

    /** A cell "<" widens the cell to its left (gridSpan); "^" continues the vertical merge above (vMerge). */
    private static void docx(Path file, List<String> before, List<List<Object>> table, List<String> after)
            throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            before.forEach(text -> paragraph(document, text));
            XWPFTable created = document.createTable();
            for (int rowIndex = 0; rowIndex < table.size(); rowIndex++) {
                XWPFTableRow row = rowIndex == 0 ? created.getRow(0) : created.createRow();
                while (!row.getTableCells().isEmpty()) {
                    row.removeCell(0);
                }
                List<Object> cells = table.get(rowIndex);
                for (int column = 0; column < cells.size(); column++) {
                    String text = String.valueOf(cells.get(column));
                    if (text.equals("<")) {
                        XWPFTableCell last =
                                row.getTableCells().get(row.getTableCells().size() - 1);
                        CTTcPr properties = last.getCTTc().isSetTcPr()
                                ? last.getCTTc().getTcPr()
                                : last.getCTTc().addNewTcPr();
                        int span = properties.isSetGridSpan()
                                ? properties.getGridSpan().getVal().intValue()
                                : 1;
                        (properties.isSetGridSpan() ? properties.getGridSpan() : properties.addNewGridSpan())
                                .setVal(BigInteger.valueOf(span + 1));
                        continue;
                    }
                    XWPFTableCell cell = row.addNewTableCell();
                    if (text.equals("^")) {
                        cell.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
                        continue;
                    }
                    cell.setText(text);
                    boolean mergesDown = rowIndex + 1 < table.size()
                            && column < table.get(rowIndex + 1).size()
                            && "^".equals(table.get(rowIndex + 1).get(column));
                    if (mergesDown) {
                        cell.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
                    }
                }
            }
            after.forEach(text -> paragraph(document, text));
            try (OutputStream out = Files.newOutputStream(file)) {
                document.write(out);
            }
        }
    }

    /** A paragraph; a tab in the text is a tab stop, as a clerk lines up the two halves of a heading. */
    private static void paragraph(XWPFDocument document, String text) {
        var run = document.createParagraph().createRun();
        String[] parts = text.split("\t", -1);
        for (int index = 0; index < parts.length; index++) {
            if (index > 0) {
                run.addTab();
            }
            run.setText(parts[index], index);
        }
    }

    // ---- an OpenDocument spreadsheet (LibreOffice's .ods), minimal but well-formed

    private void openDocument() throws IOException {
        Path file = corpus.resolve("2024/DS xep loai DV 2024 - CB Truong THPT Doai Son.ods");
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
                <office:body><office:spreadsheet><table:table table:name="DS">
                <table:table-row><table:table-cell office:value-type="string"><text:p>CHI BỘ TRƯỜNG THPT ĐOÀI SƠN</text:p></table:table-cell></table:table-row>
                <table:table-row><table:table-cell office:value-type="string"><text:p>DANH SÁCH XẾP LOẠI ĐẢNG VIÊN NĂM 2024</text:p></table:table-cell></table:table-row>
                <table:table-row><table:table-cell office:value-type="string"><text:p>STT</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Họ và tên</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Đảng ủy quyết định</text:p></table:table-cell></table:table-row>
                <table:table-row><table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Lương Văn Thọ</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>HTTNV</text:p></table:table-cell></table:table-row>
                </table:table></office:spreadsheet></office:body></office:document-content>
                """;
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
                <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
                <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """;
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mimetype = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            out.putNextEntry(first);
            out.write(mimetype);
            out.closeEntry();
            out.putNextEntry(new ZipEntry("content.xml"));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            out.write(manifest.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    // ---- a single-file web page (.mht) as Excel saves one: a MIME message, the page quoted-printable

    private void singleFileWebPage(Path sources) throws IOException {
        String page = read(sources, "DS xep loai DV 2025 - DU xa Bac Son.mht.utf8");
        StringBuilder quoted = new StringBuilder();
        int lineLength = 0;
        for (byte value : page.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)) {
            int unsigned = value & 0xFF;
            String piece = unsigned == '\r' || unsigned == '\n'
                    ? String.valueOf((char) unsigned)
                    : unsigned >= 0x80 || unsigned == '='
                            ? String.format("=%02X", unsigned)
                            : String.valueOf((char) unsigned);
            if (unsigned == '\n') {
                lineLength = 0;
            } else if (lineLength + piece.length() > 75 && unsigned != '\r') {
                quoted.append("=\r\n");
                lineLength = 0;
            }
            quoted.append(piece);
            if (unsigned != '\n' && unsigned != '\r') {
                lineLength += piece.length();
            }
        }
        String message = "MIME-Version: 1.0\r\n"
                + "X-Document-Type: Workbook\r\n"
                + "Content-Type: multipart/related; boundary=\"----=_NextPart_01DB4C1A.5F3E2B40\"\r\n\r\n"
                + "This document is a Single File Web Page, also known as a Web Archive file.\r\n\r\n"
                + "------=_NextPart_01DB4C1A.5F3E2B40\r\n"
                + "Content-Location: file:///C:/5F3E2B40/DSxeploaiDV2025.htm\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n"
                + "Content-Type: text/html; charset=\"utf-8\"\r\n\r\n"
                + quoted + "\r\n\r\n"
                + "------=_NextPart_01DB4C1A.5F3E2B40\r\n"
                + "Content-Location: file:///C:/5F3E2B40/DSxeploaiDV2025_files/filelist.xml\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n"
                + "Content-Type: text/xml; charset=\"utf-8\"\r\n\r\n"
                + "<xml xmlns:o=3D\"urn:schemas-microsoft-com:office:office\">\r\n"
                + " <o:File HRef=3D\"stylesheet.css\"/>\r\n</xml>\r\n"
                + "------=_NextPart_01DB4C1A.5F3E2B40--\r\n";
        write("2025/DS xep loai DV 2025 - DU xa Bac Son.mht", message.getBytes(StandardCharsets.US_ASCII));
    }
}
