package vn.danhgia.etl.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.danhgia.etl.read.Fixtures.row;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

/** Files that cannot be read fail at once, naming the file and saying how to fix it, with no row emitted. */
class UnreadableFilesTest {
    @TempDir
    Path root;

    private final FileReader reader = new FileReader();
    private final CollectingSink sink = new CollectingSink();

    private DanhgiaException failure(Path file, ReadHints hints) {
        DanhgiaException error =
                catchThrowableOfType(DanhgiaException.class, () -> reader.read(file, root, hints, sink));
        assertThat(error).as("reading %s should fail", file).isNotNull();
        assertThat(sink.rows).isEmpty();
        assertThat(error.location()).isPresent();
        return error;
    }

    private DanhgiaException failure(Path file) {
        return failure(file, ReadHints.none());
    }

    private static List<List<Object>> anonymousMemberList() {
        return List.of(
                row("DANH SÁCH XẾP LOẠI ĐẢNG VIÊN"),
                row("STT", "Họ và tên", "Chi bộ đề nghị"),
                row(1, "Nguyễn Văn An", "HTTNV"));
    }

    @Test
    void rejectsATruncatedXlsx() throws IOException {
        Path whole = Fixtures.xlsx(root.resolve("whole.xlsx"), Fixtures.sheet("DS", anonymousMemberList()));
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(
                Files.createDirectories(root.resolve("2022")).resolve("cut.xlsx"),
                Arrays.copyOf(bytes, bytes.length / 2));
        DanhgiaException error = failure(truncated);
        assertThat(error.code()).isEqualTo(ErrorCode.UNREADABLE_FILE);
        assertThat(error.describe())
                .startsWith("tệp \"2022/cut.xlsx\": Không đọc được tệp như một bảng tính Excel: tệp bị hỏng hoặc không"
                        + " trọn vẹn (")
                .endsWith("Cách sửa: mở tệp bằng Excel rồi lưu lại dưới dạng .xlsx; nếu Excel cũng không mở được, xin"
                        + " đơn vị gửi lại tệp.");
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        Path empty = Files.write(root.resolve("rong.xlsx"), new byte[0]);
        DanhgiaException error = failure(empty);
        assertThat(error.code()).isEqualTo(ErrorCode.EMPTY_FILE);
        assertThat(error.describe())
                .isEqualTo(
                        "tệp \"rong.xlsx\": Tệp rỗng, không có nội dung. Cách sửa: xin đơn vị gửi lại tệp có dữ liệu.");
    }

    @Test
    void rejectsABlankTextFile() throws IOException {
        Path blank = Files.writeString(root.resolve("trang.csv"), "\uFEFF \r\n\r\n");
        assertThat(failure(blank).code()).isEqualTo(ErrorCode.EMPTY_FILE);
    }

    @Test
    void rejectsAWorkbookWithNoFilledCell() throws IOException {
        Path file = Fixtures.xlsx(root.resolve("trong.xlsx"), Fixtures.sheet("Sheet1", List.of()));
        DanhgiaException error = failure(file);
        assertThat(error.code()).isEqualTo(ErrorCode.EMPTY_FILE);
        assertThat(error.getMessage()).startsWith("Bảng tính không có ô nào có dữ liệu.");
    }

    @Test
    void rejectsABinaryFile() throws IOException {
        byte[] bytes = new byte[4096];
        for (int index = 0; index < bytes.length; index++) {
            bytes[index] = (byte) (index * 31 + 7);
        }
        Path binary = Files.write(root.resolve("anh.csv"), bytes);
        DanhgiaException error = failure(binary);
        assertThat(error.code()).isEqualTo(ErrorCode.UNREADABLE_FILE);
        assertThat(error.describe())
                .isEqualTo(
                        "tệp \"anh.csv\": Tệp không phải bảng tính hay tệp văn bản CSV (nội dung nhị phân). Cách sửa:"
                                + " chỉ nạp tệp .xlsx, .xls, .csv hoặc .txt xuất từ Excel.");
    }

    @Test
    void rejectsAnHtmlPageWithoutATable() throws IOException {
        Path html = Files.writeString(
                root.resolve("bao cao.xls"),
                "<html><head><meta charset=\"utf-8\"></head><body><p>Kính gửi Ban Tổ chức</p></body></html>",
                StandardCharsets.UTF_8);
        DanhgiaException error = failure(html);
        assertThat(error.code()).isEqualTo(ErrorCode.UNREADABLE_FILE);
        assertThat(error.describe())
                .isEqualTo("tệp \"bao cao.xls\": Tệp là một trang HTML nhưng không có bảng nào (thẻ <table>) nên không"
                        + " có dòng dữ liệu nào để đọc. Cách sửa: xin đơn vị xuất lại danh sách dưới dạng bảng (Excel"
                        + " .xlsx, hoặc trang HTML có bảng), hoặc mở tệp bằng Excel và lưu lại thành .xlsx.");
    }

    @Test
    void rejectsAnOpenDocumentSpreadsheetWithHowToSaveItAsXlsx() throws IOException {
        Path ods = root.resolve("ds xep loai.ods");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(ods))) {
            out.putNextEntry(new java.util.zip.ZipEntry("mimetype"));
            out.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
            out.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            out.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        DanhgiaException error = failure(ods);
        assertThat(error.code()).isEqualTo(ErrorCode.UNREADABLE_FILE);
        assertThat(error.describe())
                .isEqualTo("tệp \"ds xep loai.ods\": Tệp .ods chưa được hỗ trợ: hãy mở bằng LibreOffice và lưu lại dạng"
                        + " .xlsx (Tệp > Lưu thành > Sổ làm việc Excel 2007-365), rồi nạp tệp mới.");
    }

    @Test
    void rejectsALegacyWordDocumentNamedXls() throws IOException {
        Path doc = root.resolve("ds.xls");
        try (var fileSystem = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
                var out = Files.newOutputStream(doc)) {
            fileSystem.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
            fileSystem.writeFilesystem(out);
        }
        DanhgiaException error = failure(doc);
        assertThat(error.describe())
                .isEqualTo("tệp \"ds.xls\": Tệp là văn bản Word cũ (.doc), không phải bảng tính. Cách sửa: mở tệp bằng"
                        + " Word, chọn Lưu thành (Save As) kiểu Tài liệu Word (.docx) rồi nạp tệp mới.");
    }

    @Test
    void rejectsAZipThatIsNotAWorkbook() throws IOException {
        Path zip = root.resolve("tai lieu.xlsx");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("ds/ds xep loai.pdf"));
            out.write("%PDF-1.4".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        DanhgiaException error = failure(zip);
        assertThat(error.code()).isEqualTo(ErrorCode.UNREADABLE_FILE);
        assertThat(error.getMessage()).contains("(có thể là .zip)");
    }

    @Test
    void aZipWithAWordPartButNoPackageIsADamagedWordDocument() throws IOException {
        Path zip = root.resolve("tai lieu.xlsx");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            out.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        DanhgiaException error = failure(zip);
        assertThat(error.code()).isEqualTo(ErrorCode.UNREADABLE_FILE);
        assertThat(error.getMessage()).startsWith("Không đọc được tệp như một văn bản Word .docx");
    }

    @Test
    void rejectsAPasswordProtectedWorkbook() throws Exception {
        Path plain = Fixtures.xlsx(root.resolve("plain.xlsx"), Fixtures.sheet("DS", anonymousMemberList()));
        Path locked = root.resolve("mat khau.xlsx");
        try (var fileSystem = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            var info = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
            var encryptor = info.getEncryptor();
            encryptor.confirmPassword("bi mat");
            try (var out = encryptor.getDataStream(fileSystem)) {
                Files.copy(plain, out);
            }
            try (var out = Files.newOutputStream(locked)) {
                fileSystem.writeFilesystem(out);
            }
        }
        DanhgiaException error = failure(locked);
        assertThat(error.code()).isEqualTo(ErrorCode.UNREADABLE_FILE);
        assertThat(error.describe())
                .isEqualTo("tệp \"mat khau.xlsx\": Tệp được đặt mật khẩu nên không đọc được. Cách sửa: mở bằng Excel,"
                        + " gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi lưu lại dưới dạng .xlsx.");
    }

    @Test
    void rejectsASpreadsheetOfUnknownLayout() throws IOException {
        Path file = Fixtures.xlsx(
                root.resolve("2022/thu chi.xlsx"),
                Fixtures.sheet(
                        "Quỹ",
                        List.of(
                                row("BẢNG THU CHI QUỸ ĐẢNG NĂM 2022"),
                                row("Ngày", "Nội dung thu", "Số tiền"),
                                row("05/01/2022", "Thu đảng phí", 1200000))));
        DanhgiaException error = failure(file);
        assertThat(error.code()).isEqualTo(ErrorCode.UNKNOWN_LAYOUT);
        assertThat(error.describe())
                .startsWith(
                        "tệp \"2022/thu chi.xlsx\", trang tính \"Quỹ\", dòng 2: Không nhận ra loại biểu mẫu trong 40 dòng"
                                + " đầu. Dòng giống dòng tiêu đề cột nhất có các ô: \"Ngày\", \"Nội dung thu\", \"Số tiền\","
                                + " nhưng không ô nào là tên cột của một biểu mẫu đã biết");
    }

    @Test
    void namesTheYearOptionWhenTheYearIsNowhere() throws IOException {
        Path file =
                Fixtures.xlsx(root.resolve("ds - DU xa Dong Lam.xlsx"), Fixtures.sheet("DS", anonymousMemberList()));
        DanhgiaException error = failure(file);
        assertThat(error.code()).isEqualTo(ErrorCode.MISSING_VALUE);
        assertThat(error.describe())
                .isEqualTo("tệp \"ds - DU xa Dong Lam.xlsx\": Không xác định được năm đánh giá của danh sách xếp loại"
                        + " đảng viên: tiêu đề, cột năm, tên thư mục và tên tệp đều không ghi năm. Cách sửa: chạy lại"
                        + " với tùy chọn --year <năm> (ví dụ --year 2024), hoặc đặt tệp vào thư mục mang tên năm.");
    }

    @Test
    void namesTheUnitOptionWhenTheUnitIsNowhere() throws IOException {
        Path file = Fixtures.xlsx(root.resolve("2022/ds.xlsx"), Fixtures.sheet("DS", anonymousMemberList()));
        DanhgiaException error = failure(file);
        assertThat(error.code()).isEqualTo(ErrorCode.MISSING_VALUE);
        assertThat(error.getMessage()).contains("--unit \"<tên đơn vị>\"");
    }

    @Test
    void usesTheHintsWhenTheFileSaysNothing() throws IOException {
        Path file = Fixtures.xlsx(root.resolve("ds.xlsx"), Fixtures.sheet("DS", anonymousMemberList()));
        FileSummary summary =
                reader.read(file, root, new ReadHints(Optional.of(2021), Optional.of("Đảng ủy xã Tây Lâm")), sink);
        assertThat(summary.year()).contains(2021);
        assertThat(summary.unit()).contains("Đảng ủy xã Tây Lâm");
        assertThat(sink.rows).singleElement().satisfies(row -> {
            assertThat(row.year()).contains(2021);
            assertThat(row.unit()).contains("Đảng ủy xã Tây Lâm");
        });
    }

    @Test
    void takesTheUnitFromTheFileNameBeforeTheHint() throws IOException {
        Path file = Fixtures.xlsx(
                root.resolve("2022/ds - DU xa Dong Lam.xlsx"), Fixtures.sheet("DS", anonymousMemberList()));
        FileSummary summary = reader.read(file, root, new ReadHints(Optional.of(2030), Optional.of("khác")), sink);
        assertThat(summary.unit()).contains("DU xa Dong Lam");
        assertThat(summary.year()).contains(2022);
    }

    @Test
    void passesTheSinksOwnFailureThroughUnchanged() throws IOException {
        Path file = Fixtures.xlsx(
                root.resolve("2022/ds - DU xa Dong Lam.xlsx"), Fixtures.sheet("DS", anonymousMemberList()));
        IllegalStateException sinkFailure = new IllegalStateException("warehouse full");
        RawRowSink failing = new RawRowSink() {
            @Override
            public void row(RawRow row) {
                throw sinkFailure;
            }

            @Override
            public void issue(RowIssue issue) {}
        };
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> reader.read(file, root, ReadHints.none(), failing)))
                .isSameAs(sinkFailure);
    }

    @Test
    void saysWhenATextFileHasNoKnownEncoding() throws IOException {
        byte[] bytes = new byte[64];
        Arrays.fill(bytes, (byte) 0x9F);
        Path file = Files.write(root.resolve("la.csv"), bytes);
        DanhgiaException error = failure(file);
        assertThat(error.code()).isIn(ErrorCode.UNDETECTED_ENCODING, ErrorCode.UNREADABLE_FILE);
        assertThat(error.describe()).contains("la.csv");
    }
}
