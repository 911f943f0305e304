package vn.danhgia.etl.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.form.InputKind;

/**
 * A large member list streamed end to end. Asserts correctness only; the rate is logged. Measure by hand
 * with {@code -Ddanhgia.throughput.rows=200000}.
 */
class ThroughputTest {
    private static final Logger LOG = LoggerFactory.getLogger(ThroughputTest.class);
    private static final String[] LEVELS = {"HTXSNV", "HTTNV", "Hoàn thành tốt nhiệm vụ", "HTNV"};

    @TempDir
    Path root;

    @Test
    void streamsALargeMemberListRowByRow() throws IOException {
        int rows = Integer.getInteger("danhgia.throughput.rows", 20_000);
        Path file = write(root.resolve("2024/lon.xlsx"), rows);

        long[] count = {0};
        String[] last = {""};
        RawRowSink sink = new RawRowSink() {
            @Override
            public void row(RawRow row) {
                count[0]++;
                last[0] = row.row() + ":" + row.field("full_name").orElse("") + ":"
                        + row.field("card_number").orElse("");
            }

            @Override
            public void issue(RowIssue issue) {
                throw new AssertionError(issue.message());
            }
        };
        long start = System.nanoTime();
        FileSummary summary = new FileReader().read(file, root, ReadHints.none(), sink);
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.info(
                "{} rows of xlsx read in {} s: {} rows/s",
                rows,
                String.format("%.2f", seconds),
                Math.round(rows / seconds));

        assertThat(summary.kind()).isEqualTo(InputKind.MEMBER_RATING);
        assertThat(summary.rowsRead()).isEqualTo(rows);
        assertThat(count[0]).isEqualTo(rows);
        assertThat(last[0]).isEqualTo((rows + 3) + ":Đảng viên số " + rows + ":" + String.format("%08d", rows));
    }

    private static Path write(Path file, int rows) throws IOException {
        Files.createDirectories(file.getParent());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("DS");
            sheet.createRow(0).createCell(0).setCellValue("ĐẢNG ỦY XÃ ĐÔNG LÂM");
            Row header = sheet.createRow(2);
            String[] titles = {
                "STT",
                "Họ và tên",
                "Năm sinh",
                "Số thẻ đảng viên",
                "Chi bộ",
                "Tự xếp loại",
                "Đảng ủy quyết định",
                "Điểm tự chấm"
            };
            for (int column = 0; column < titles.length; column++) {
                header.createCell(column).setCellValue(titles[column]);
            }
            for (int index = 1; index <= rows; index++) {
                Row row = sheet.createRow(index + 2);
                row.createCell(0).setCellValue(index);
                row.createCell(1).setCellValue("Đảng viên số " + index);
                row.createCell(2).setCellValue(1950 + index % 50);
                row.createCell(3).setCellValue(String.format("%08d", index));
                row.createCell(4).setCellValue("Chi bộ thôn " + (index % 40));
                row.createCell(5).setCellValue(LEVELS[index % LEVELS.length]);
                row.createCell(6).setCellValue(LEVELS[(index + 1) % LEVELS.length]);
                row.createCell(7).setCellValue(60 + (index % 400) / 10.0);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            workbook.dispose();
        }
        return file;
    }
}
