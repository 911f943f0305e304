package vn.danhgia.analytics.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.etl.read.FileReader;
import vn.danhgia.etl.read.FileSummary;
import vn.danhgia.etl.read.RawRow;
import vn.danhgia.etl.read.RawRowSink;
import vn.danhgia.etl.read.ReadHints;
import vn.danhgia.etl.read.RowIssue;

/**
 * {@code danhgia bench read}: our reading of one large xlsx member list (header detection, synonyms,
 * level spellings, NFC: every raw row) next to the floor of any streaming reader, a bare StAX pass over
 * the same sheet XML that only touches each cell value, timed in the same run. Prints our rows per
 * second (target at least 100,000), the ratio to the floor, and the heap the read used at its peak,
 * which stays flat however big the file is because nothing holds the workbook.
 */
public final class ReadBenchmark {
    private static final Messages MESSAGES = Messages.of("vn.danhgia.analytics.bench.messages");
    public static final double TARGET_ROWS_PER_SECOND = 100_000;
    private static final int ROUNDS = 3;
    private static final String[] LEVELS = {"HTXSNV", "HTTNV", "Hoàn thành tốt nhiệm vụ", "HTNV", "Hoàn thành xuất sắc"
    };

    /** The measured figures: best of the rounds for each side, and our read's peak heap. */
    public record Result(long rows, double floorSeconds, double readSeconds, long peakHeapBytes) {
        public double rowsPerSecond() {
            return rows / readSeconds;
        }

        public double ratio() {
            return readSeconds / floorSeconds;
        }
    }

    private final Path work;

    public ReadBenchmark(Path work) {
        this.work = work;
    }

    public Result run(int rows, PrintWriter out) throws IOException {
        Path root = work.resolve("read-" + rows);
        Path file = root.resolve("2024/DS xep loai dang vien 2024 - DU xa Dong Lam.xlsx");
        if (!Files.isRegularFile(file)) {
            out.println(MESSAGES.format("bench.read.writing", rows, file));
            out.flush();
            write(file, rows);
        }
        out.println(MESSAGES.format("bench.read.file", file, Files.size(file) / (1024 * 1024)));
        double floor = Double.MAX_VALUE;
        double read = Double.MAX_VALUE;
        long peak = 0;
        long counted = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            long started = System.nanoTime();
            long cells = floor(file);
            double floorSeconds = (System.nanoTime() - started) / 1e9;
            System.gc();
            Heap.resetPeaks();
            started = System.nanoTime();
            long[] count = {0};
            FileSummary summary = new FileReader().read(file, root, ReadHints.none(), new RawRowSink() {
                @Override
                public void row(RawRow row) {
                    count[0]++;
                }

                @Override
                public void issue(RowIssue issue) {
                    count[0]++;
                }
            });
            double readSeconds = (System.nanoTime() - started) / 1e9;
            peak = Math.max(peak, Heap.peakUsed());
            counted = summary.rowsRead() + summary.rowIssues();
            out.println(MESSAGES.format(
                    "bench.read.round",
                    round,
                    cells,
                    seconds(floorSeconds),
                    counted,
                    seconds(readSeconds),
                    Math.round(counted / readSeconds)));
            out.flush();
            floor = Math.min(floor, floorSeconds);
            read = Math.min(read, readSeconds);
        }
        Result result = new Result(counted, floor, read, peak);
        out.println(MESSAGES.format(
                "bench.read.result",
                Math.round(result.rowsPerSecond()),
                Math.round(TARGET_ROWS_PER_SECOND),
                MESSAGES.format(result.rowsPerSecond() >= TARGET_ROWS_PER_SECOND ? "bench.met" : "bench.missed"),
                String.format(Locale.ROOT, "%.2f", result.ratio()),
                result.peakHeapBytes() / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        out.flush();
        return result;
    }

    /** The floor: every cell value of the first sheet touched by a bare StAX pass, nothing interpreted. */
    static long floor(Path file) throws IOException {
        try (OPCPackage pack = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pack);
            XMLInputFactory factory = XMLInputFactory.newFactory();
            long cells = 0;
            try (InputStream sheet = reader.getSheetsData().next()) {
                XMLStreamReader xml = factory.createXMLStreamReader(sheet);
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT
                            && ("v".equals(xml.getLocalName()) || "t".equals(xml.getLocalName()))) {
                        xml.getElementText();
                        cells++;
                    }
                }
                xml.close();
            }
            return cells;
        } catch (OpenXML4JException | XMLStreamException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** A member list as a commune sends it (title, header, one row per member), written by streaming. */
    private static void write(Path file, int rows) throws IOException {
        Files.createDirectories(file.getParent());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("DS");
            sheet.createRow(0).createCell(0).setCellValue("ĐẢNG ỦY XÃ ĐÔNG LÂM");
            sheet.createRow(1).createCell(0).setCellValue("DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN NĂM 2024");
            Row header = sheet.createRow(3);
            String[] titles = {
                "STT", "Họ và tên", "Năm sinh", "Số thẻ đảng viên", "Chi bộ", "Tự xếp loại", "Đảng ủy quyết định"
            };
            for (int column = 0; column < titles.length; column++) {
                header.createCell(column).setCellValue(titles[column]);
            }
            for (int index = 1; index <= rows; index++) {
                Row row = sheet.createRow(index + 3);
                row.createCell(0).setCellValue(index);
                row.createCell(1).setCellValue("Nguyễn Văn Đảng viên số " + index);
                row.createCell(2).setCellValue(1950 + index % 50);
                row.createCell(3).setCellValue(String.format(Locale.ROOT, "%08d", index));
                row.createCell(4).setCellValue("Chi bộ thôn " + (index % 40));
                row.createCell(5).setCellValue(LEVELS[index % LEVELS.length]);
                row.createCell(6).setCellValue(LEVELS[(index + 1) % LEVELS.length]);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            workbook.dispose();
        }
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
