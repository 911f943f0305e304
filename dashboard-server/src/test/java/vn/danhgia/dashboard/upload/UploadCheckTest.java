package vn.danhgia.dashboard.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Uploaded files are kept only under a safe name, with one of the loader's kinds, and content of that kind. */
class UploadCheckTest {
    private static final long LIMIT = 1024;

    @Test
    void keepsOnlyTheLastSegmentOfANameWithNoWayOut() {
        assertThat(UploadCheck.safeName("../../etc/passwd.csv")).isEqualTo("passwd.csv");
        assertThat(UploadCheck.safeName("C:\\\\Users\\\\An\\\\DS xếp loại 2025.xlsx"))
                .isEqualTo("DS xếp loại 2025.xlsx");
        assertThat(UploadCheck.safeName("..hidden.csv")).isEqualTo("hidden.csv");
        assertThat(UploadCheck.safeName("a<b>|c.txt")).isEqualTo("a_b_c.txt");
    }

    @Test
    void acceptsTheFourKindsByTheirFirstBytes() {
        assertThat(UploadCheck.refusal("a.xlsx", new byte[] {'P', 'K', 3, 4, 0}, LIMIT))
                .isEmpty();
        assertThat(UploadCheck.refusal(
                        "a.xls",
                        new byte[] {
                            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
                        },
                        LIMIT))
                .isEmpty();
        assertThat(UploadCheck.refusal("a.xls", utf8("<html><table><tr><td>1</td></tr></table></html>"), LIMIT))
                .isEmpty();
        assertThat(UploadCheck.refusal("a.csv", utf8("TT;Họ tên\n1;An\n"), LIMIT))
                .isEmpty();
        assertThat(UploadCheck.refusal("a.TXT", utf8("TT\tHọ tên\n"), LIMIT)).isEmpty();
    }

    @Test
    void acceptsWebPagesSingleFileWebPagesAndWordDocuments() {
        assertThat(UploadCheck.refusal("a.htm", utf8("<table><tr><td>Họ tên</td></tr></table>"), LIMIT))
                .isEmpty();
        assertThat(UploadCheck.refusal("a.HTML", utf8("<!DOCTYPE html><html><body></body></html>"), LIMIT))
                .isEmpty();
        byte[] utf16 = "\uFEFF<html><table></table></html>".getBytes(StandardCharsets.UTF_16LE);
        assertThat(UploadCheck.refusal("a.htm", utf16, LIMIT)).isEmpty();
        String mime = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n";
        assertThat(UploadCheck.refusal("a.mht", utf8(mime), LIMIT)).isEmpty();
        assertThat(UploadCheck.refusal("a.mhtml", utf8(mime), LIMIT)).isEmpty();
        assertThat(UploadCheck.refusal("a.xls", utf8(mime), LIMIT)).isEmpty();
        assertThat(UploadCheck.refusal("a.docx", new byte[] {'P', 'K', 3, 4, 0}, LIMIT))
                .isEmpty();
    }

    @Test
    void refusesWebPagesAndWordDocumentsWhoseContentIsAnotherKind() {
        assertThat(UploadCheck.refusal("a.htm", utf8("TT;Họ tên\n1;An\n"), LIMIT))
                .isEqualTo(Optional.of(UploadCheck.Refusal.CONTENT));
        assertThat(UploadCheck.refusal("a.mht", utf8("<html><table></table></html>"), LIMIT))
                .isEqualTo(Optional.of(UploadCheck.Refusal.CONTENT));
        assertThat(UploadCheck.refusal("a.docx", utf8("<html></html>"), LIMIT))
                .isEqualTo(Optional.of(UploadCheck.Refusal.CONTENT));
    }

    @Test
    void refusesOpenDocumentSpreadsheetsWithTheirOwnAdvice() {
        assertThat(UploadCheck.refusal("Bao cao.ODS", new byte[] {'P', 'K', 3, 4, 0}, LIMIT))
                .isEqualTo(Optional.of(UploadCheck.Refusal.OPEN_DOCUMENT));
        assertThat(UploadCheck.Refusal.OPEN_DOCUMENT.messageKey()).isEqualTo("data.upload.refused.ods");
    }

    @Test
    void refusesOtherKindsRenamedProgramsEmptyAndOversizeFiles() {
        assertThat(UploadCheck.refusal("a.exe", utf8("MZ"), LIMIT)).isEqualTo(Optional.of(UploadCheck.Refusal.KIND));
        assertThat(UploadCheck.refusal("a.xlsx", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}, LIMIT))
                .isEqualTo(Optional.of(UploadCheck.Refusal.CONTENT));
        assertThat(UploadCheck.refusal("a.csv", new byte[] {'a', 0, 'b'}, LIMIT))
                .isEqualTo(Optional.of(UploadCheck.Refusal.CONTENT));
        assertThat(UploadCheck.refusal("a.xls", utf8("just text"), LIMIT))
                .isEqualTo(Optional.of(UploadCheck.Refusal.CONTENT));
        assertThat(UploadCheck.refusal("a.csv", new byte[0], LIMIT)).isEqualTo(Optional.of(UploadCheck.Refusal.EMPTY));
        assertThat(UploadCheck.refusal("a.csv", new byte[(int) LIMIT + 1], LIMIT))
                .isEqualTo(Optional.of(UploadCheck.Refusal.TOO_LARGE));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
