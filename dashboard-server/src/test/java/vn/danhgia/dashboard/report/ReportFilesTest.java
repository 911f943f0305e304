package vn.danhgia.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.dashboard.report.model.YearReport;

/** A report file is whole or absent: written beside its name, moved over it once complete. */
class ReportFilesTest {
    private static final YearReport REPORT = SampleReports.district();

    @TempDir
    Path folder;

    @Test
    void aWrittenReportReplacesTheFileAndLeavesNothingBeside() throws IOException {
        Path out = folder.resolve("bao-cao.pdf");
        Files.writeString(out, "cũ");

        ReportFiles.write(REPORT, (report, stream) -> stream.write("mới".getBytes(StandardCharsets.UTF_8)), out);

        assertThat(out).hasContent("mới");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void aWriterThatFailsHalfWayLeavesNoFile() {
        Path out = folder.resolve("bao-cao.pdf");

        assertThatThrownBy(() -> ReportFiles.write(
                        REPORT,
                        (report, stream) -> {
                            stream.write("một nửa".getBytes(StandardCharsets.UTF_8));
                            throw new IOException("đĩa đầy");
                        },
                        out))
                .isInstanceOf(IOException.class)
                .hasMessage("đĩa đầy");

        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aMissingFolderIsRefusedInTheReadersLanguage() {
        Path out = folder.resolve("khong-co").resolve("bao-cao.xlsx");

        assertThatThrownBy(() -> ReportFiles.checkWritable(out, Locale.forLanguageTag("vi")))
                .isInstanceOf(ReportInputException.class)
                .hasMessage("Không ghi được tệp báo cáo " + out
                        + ": thư mục chứa tệp không tồn tại. Hãy chọn một thư mục đã có và ghi được.");
        assertThatThrownBy(() -> ReportFiles.checkWritable(folder, Locale.ENGLISH))
                .isInstanceOf(ReportInputException.class)
                .hasMessage("Cannot write the report file " + folder
                        + ": it is a folder, not a file. Choose a folder that exists and can be written.");
    }
}
