package vn.danhgia.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.error.SourceLocation;
import vn.danhgia.core.testing.Samples;

class EncodingDetectorTest {
    private static final List<String> SENTENCES = List.of(
            "Đảng ủy",
            "Chi bộ thôn Bằng",
            "Đồng chí Nguyễn Thị Hương",
            "Hoàn thành tốt nhiệm vụ",
            "Không hoàn thành nhiệm vụ",
            "Đảng ủy xã Đông Lâm",
            "Khiển trách",
            "Quyết định số 73-QĐ/UBKT ngày 18/06/2024",
            "STT,Họ và tên,Đơn vị,Xếp loại\n1,Trần Văn Hùng,Chi bộ Trường THCS Hòa Sơn,Hoàn thành xuất sắc nhiệm vụ\n",
            "Thiếu trách nhiệm trong thực hiện nhiệm vụ được giao; còn nể nang, né tránh trong tự phê bình.",
            "ĐẢNG BỘ HUYỆN\nBAN TỔ CHỨC\nBIỂU TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI NĂM 2018");

    @Test
    void readsTheTcvn3SampleAsIconvDoes() throws IOException {
        byte[] bytes = Files.readAllBytes(Samples.file("2018", "xep loai TCCS dang 2018 (ma TCVN3).csv"));

        DecodedText decoded = EncodingDetector.decode(bytes);

        assertThat(decoded.encoding()).isEqualTo(TextEncoding.TCVN3);
        assertThat(decoded.text()).isEqualTo(iconvToNfc(bytes, "TCVN5712-1")).contains("Đảng bộ xã Đông Lâm");
    }

    @Test
    void readsTheWindows1258SampleAsIconvDoes() throws IOException {
        byte[] bytes = Files.readAllBytes(Samples.file("2024", "so theo doi ky luat 2024.csv"));

        DecodedText decoded = EncodingDetector.decode(bytes);

        assertThat(decoded.encoding()).isEqualTo(TextEncoding.WINDOWS_1258);
        assertThat(decoded.text()).isEqualTo(iconvToNfc(bytes, "WINDOWS-1258")).contains("Đỗ Minh Thắng");
    }

    @Test
    void readsTheMonthlyExportAsUtf8WithBom() throws IOException {
        Path file = Samples.file("2025", "xuat du lieu danh gia hang thang 2025.csv");
        byte[] bytes = Files.readAllBytes(file);

        DecodedText decoded = EncodingDetector.decode(bytes);

        assertThat(decoded.encoding()).isEqualTo(TextEncoding.UTF8_BOM);
        assertThat(decoded.text())
                .isEqualTo(Normalizer.normalize(Files.readString(file).substring(1), Normalizer.Form.NFC))
                .doesNotStartWith("\uFEFF");
    }

    @Test
    void findsEveryEncodingOfVietnameseSentencesItWrote() {
        for (TextEncoding encoding : TextEncoding.values()) {
            for (String sentence : SENTENCES) {
                DecodedText decoded = EncodingDetector.decode(encoding.encode(sentence));

                assertThat(decoded).as("%s: %s", encoding, sentence).isEqualTo(new DecodedText(sentence, encoding));
            }
        }
    }

    @Test
    void findsLegacyEncodingsOfTextIconvWrote() {
        for (String sentence : SENTENCES) {
            byte[] utf8 = sentence.getBytes(StandardCharsets.UTF_8);
            assertThat(EncodingDetector.detect(Iconv.convert(utf8, "UTF-8", "TCVN5712-1")))
                    .as(sentence)
                    .isEqualTo(TextEncoding.TCVN3);
            assertThat(EncodingDetector.detect(Iconv.convert(utf8, "UTF-8", "WINDOWS-1258")))
                    .as(sentence)
                    .isEqualTo(TextEncoding.WINDOWS_1258);
        }
    }

    @Test
    void judgesLargeFilesByTheirBeginning() throws IOException {
        String text = TextEncoding.TCVN3.decode(
                Files.readAllBytes(Samples.file("2018", "xep loai TCCS dang 2018 (ma TCVN3).csv")));
        String large = "STT,Ten\n".repeat(2000) + text.repeat(20);

        for (TextEncoding encoding : List.of(TextEncoding.TCVN3, TextEncoding.WINDOWS_1258)) {
            assertThat(EncodingDetector.decode(encoding.encode(large))).isEqualTo(new DecodedText(large, encoding));
        }
    }

    @Test
    void excludesWindows1258WhenABytePastTheSampleIsNotInIt() {
        String text = "Đảng ủy xã Đông Lâm\n".repeat(400);
        byte[] bytes = TextEncoding.WINDOWS_1258.encode(text);
        byte[] withUndefinedByte = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        withUndefinedByte[bytes.length] = (byte) 0x81;

        assertThat(EncodingDetector.detect(bytes)).isEqualTo(TextEncoding.WINDOWS_1258);
        assertThatThrownBy(() -> EncodingDetector.detect(withUndefinedByte))
                .isInstanceOfSatisfying(
                        DanhgiaException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNDETECTED_ENCODING));
    }

    @Test
    void takesAsciiAndEmptyInputForUtf8() {
        assertThat(EncodingDetector.detect(new byte[0])).isEqualTo(TextEncoding.UTF8);
        assertThat(EncodingDetector.detect("STT,Ho ten\n1,A".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(TextEncoding.UTF8);
    }

    @Test
    void readsBytesBothLegacyEncodingsShareTheSame() {
        DecodedText decoded = EncodingDetector.decode(new byte[] {'A', (byte) 0xA0, 'B'});

        assertThat(decoded.text()).isEqualTo("A\u00A0B");
    }

    @Test
    void rejectsTextThatLooksVietnameseInNoLegacyEncoding() {
        byte[] french = "café crème".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> EncodingDetector.detect(french, SourceLocation.ofFile("menu.csv")))
                .isInstanceOfSatisfying(DanhgiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNDETECTED_ENCODING);
                    assertThat(e.location()).contains(SourceLocation.ofFile("menu.csv"));
                })
                .hasMessage("Không nhận ra bảng mã của tệp: nội dung không phải UTF-8, và đọc theo Windows-1258,"
                        + " TCVN3 (ABC) hay VNI (VNI-Times) đều không ra tiếng Việt rõ ràng (điểm tiếng Việt:"
                        + " Windows-1258 -2, TCVN3 -2, VNI -2). Hãy mở tệp bằng phần mềm đã tạo ra nó (Excel, Word,"
                        + " Notepad) và lưu lại với bảng mã UTF-8 (trong Excel: Lưu thành, chọn \"CSV UTF-8\"), rồi nạp"
                        + " lại.");
    }

    @Test
    void rejectsBinaryBytes() {
        byte[] binary = {(byte) 0x81, (byte) 0xB5, (byte) 0xB6, 0x00, (byte) 0xFF, 0x7F, 0x01};

        assertThatThrownBy(() -> EncodingDetector.decode(binary))
                .isInstanceOfSatisfying(
                        DanhgiaException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNDETECTED_ENCODING))
                .hasMessageContaining("có byte không thuộc Windows-1258; điểm tiếng Việt theo TCVN3: ");
    }

    private static String iconvToNfc(byte[] bytes, String from) {
        String text = new String(Iconv.convert(bytes, from, "UTF-8"), StandardCharsets.UTF_8);
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
