package vn.danhgia.etl.read.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.text.TextEncoding;

/** HTML pages as units' software exports them: encodings, spans, title text, layout tables, MHTML. */
class HtmlSourceTest {
    @TempDir
    Path folder;

    private static final String PAGE = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>
            <p align=center><b>ĐẢNG ỦY XÃ ĐÔNG LÂM</b><br>CHI BỘ THÔN ĐÔNG</p>
            <h3>DANH SÁCH XẾP LOẠI ĐẢNG VIÊN NĂM 2024</h3>
            <table border=1>
            <tr><th rowspan=2>STT</th><th rowspan=2>Họ và tên</th><th colspan=2>Kết quả</th></tr>
            <tr><th>Chi bộ đề nghị</th><th>Đảng ủy quyết định</th></tr>
            <tr><td>1</td><td>Nguyễn&nbsp;Văn  An</td><td>HTTNV</td><td>Hoàn thành tốt nhiệm vụ</td></tr>
            </table>
            <p>Đông Lâm, ngày 10 tháng 12 năm 2024</p>
            </body></html>
            """;

    private static List<String> texts(TableSource source, int sheet) {
        List<String> rows = new ArrayList<>();
        Iterator<TableRow> iterator = source.rows(sheet);
        iterator.forEachRemaining(row -> rows.add(row.toString()));
        return rows;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    private static final List<String> EXPECTED = List.of(
            "1[ĐẢNG ỦY XÃ ĐÔNG LÂM]",
            "2[CHI BỘ THÔN ĐÔNG]",
            "3[DANH SÁCH XẾP LOẠI ĐẢNG VIÊN NĂM 2024]",
            "4[STT, Họ và tên, Kết quả, ]",
            "5[, , Chi bộ đề nghị, Đảng ủy quyết định]",
            "6[1, Nguyễn Văn An, HTTNV, Hoàn thành tốt nhiệm vụ]");

    @Test
    void readsAWindows1258PageAsItsMetaTagSays() throws IOException {
        Path file = write("ds.xls", TextEncoding.WINDOWS_1258.encode(PAGE.formatted("windows-1258")));
        assertThat(FileSniffer.sniff(file, "ds.xls")).isEqualTo(FileSniffer.Format.HTML);
        try (TableSource source = HtmlSource.open(file, "ds.xls")) {
            assertThat(source.sheetNames()).containsExactly(Optional.of("1"));
            assertThat(texts(source, 0)).isEqualTo(EXPECTED);
        }
    }

    @Test
    void readsAUtf8PageWithoutDeclaration() throws IOException {
        Path file = write("ds.htm", PAGE.replaceFirst("<meta[^>]*>", "").getBytes(StandardCharsets.UTF_8));
        try (TableSource source = HtmlSource.open(file, "ds.htm")) {
            assertThat(texts(source, 0)).isEqualTo(EXPECTED);
        }
    }

    @Test
    void aWesternDeclarationOverTcvn3BytesIsDetectedAsTcvn3() throws IOException {
        // .VnTime pages declare windows-1252 although their bytes are TCVN3
        Path file = write("ds.html", TextEncoding.TCVN3.encode(PAGE.formatted("windows-1252")));
        try (TableSource source = HtmlSource.open(file, "ds.html")) {
            assertThat(texts(source, 0)).isEqualTo(EXPECTED);
        }
    }

    @Test
    void aUtf8DeclarationOverWindows1258BytesIsDetected() throws IOException {
        Path file = write("ds.xls", TextEncoding.WINDOWS_1258.encode(PAGE.formatted("utf-8")));
        try (TableSource source = HtmlSource.open(file, "ds.xls")) {
            assertThat(texts(source, 0)).isEqualTo(EXPECTED);
        }
    }

    @Test
    void readsTheHtmlPartOfASingleFileWebPage() throws IOException {
        String html = PAGE.formatted("utf-8");
        StringBuilder quoted = new StringBuilder();
        for (byte value : html.getBytes(StandardCharsets.UTF_8)) {
            int unsigned = value & 0xFF;
            if (unsigned >= 0x80 || unsigned == '=') {
                quoted.append(String.format("=%02X", unsigned));
            } else {
                quoted.append((char) unsigned);
            }
            if (quoted.length() % 70 > 66) {
                quoted.append("=\r\n");
            }
        }
        String message = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01\"\r\n\r\n"
                + "This document is a Single File Web Page.\r\n\r\n------=_NextPart_01\r\n"
                + "Content-Location: file:///C:/ds.htm\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                + "Content-Type: text/html; charset=\"utf-8\"\r\n\r\n" + quoted + "\r\n\r\n------=_NextPart_01\r\n"
                + "Content-Location: file:///C:/ds_files/filelist.xml\r\nContent-Type: text/xml\r\n\r\n<xml/>\r\n"
                + "------=_NextPart_01--\r\n";
        Path file = write("ds.xls", message.getBytes(StandardCharsets.US_ASCII));
        assertThat(FileSniffer.sniff(file, "ds.xls")).isEqualTo(FileSniffer.Format.HTML);
        try (TableSource source = HtmlSource.open(file, "ds.xls")) {
            assertThat(texts(source, 0)).isEqualTo(EXPECTED);
        }
    }

    @Test
    void aLayoutTableLendsItsLinesToTheTableAfterIt() throws IOException {
        String page = """
                <table><tr><td>ĐẢNG BỘ HUYỆN<br>ĐẢNG ỦY XÃ TÂY LÂM</td><td>ĐẢNG CỘNG SẢN VIỆT NAM</td></tr></table>
                <table><tr><td><table border=1><tr><td>STT</td><td>Họ và tên</td><td>Đảng ủy quyết định</td></tr>
                <tr><td>1</td><td>Lê Thị Hoa</td><td>HTNV</td></tr></table></td></tr></table>
                """;
        Path file = write("ds.htm", page.getBytes(StandardCharsets.UTF_8));
        try (TableSource source = HtmlSource.open(file, "ds.htm")) {
            assertThat(source.sheetNames()).containsExactly(Optional.of("1"), Optional.of("2"));
            assertThat(texts(source, 0)).containsExactly("1[ĐẢNG BỘ HUYỆN ĐẢNG ỦY XÃ TÂY LÂM, ĐẢNG CỘNG SẢN VIỆT NAM]");
            assertThat(texts(source, 1))
                    .containsExactly(
                            "1[ĐẢNG BỘ HUYỆN]",
                            "2[ĐẢNG ỦY XÃ TÂY LÂM]",
                            "3[ĐẢNG CỘNG SẢN VIỆT NAM]",
                            "4[STT, Họ và tên, Đảng ủy quyết định]",
                            "5[1, Lê Thị Hoa, HTNV]");
        }
    }

    @Test
    void aPageWithoutATableIsRefusedWithTheFix() throws IOException {
        Path file =
                write("bao cao.xls", "<html><body><p>Không có bảng</p></body></html>".getBytes(StandardCharsets.UTF_8));
        DanhgiaException error =
                catchThrowableOfType(DanhgiaException.class, () -> HtmlSource.open(file, "2024/bao cao.xls"));
        assertThat(error.code()).isEqualTo(ErrorCode.UNREADABLE_FILE);
        assertThat(error.describe())
                .isEqualTo("tệp \"2024/bao cao.xls\": Tệp là một trang HTML nhưng không có bảng nào (thẻ <table>) nên"
                        + " không có dòng dữ liệu nào để đọc. Cách sửa: xin đơn vị xuất lại danh sách dưới dạng bảng"
                        + " (Excel .xlsx, hoặc trang HTML có bảng), hoặc mở tệp bằng Excel và lưu lại thành .xlsx.");
    }
}
