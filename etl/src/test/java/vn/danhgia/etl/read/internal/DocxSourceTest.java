package vn.danhgia.etl.read.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

/** Tables of Word files: merged cells laid out as in a sheet, the paragraphs before a table as its title. */
class DocxSourceTest {
    @TempDir
    Path folder;

    /** A cell text; "<" continues a horizontal span (gridSpan) to its left, "^" a vertical merge from above. */
    static Path docx(Path file, List<String> paragraphs, List<List<String>> table) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            paragraphs.forEach(text -> document.createParagraph().createRun().setText(text));
            XWPFTable created = document.createTable();
            for (int rowIndex = 0; rowIndex < table.size(); rowIndex++) {
                XWPFTableRow row = rowIndex == 0 ? created.getRow(0) : created.createRow();
                while (!row.getTableCells().isEmpty()) {
                    row.removeCell(0);
                }
                List<String> cells = table.get(rowIndex);
                for (int column = 0; column < cells.size(); column++) {
                    String text = cells.get(column);
                    if (text.equals("<")) {
                        CTTcPr properties = last(row).getCTTc().isSetTcPr()
                                ? last(row).getCTTc().getTcPr()
                                : last(row).getCTTc().addNewTcPr();
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
                    } else {
                        cell.setText(text);
                        boolean mergesDown = rowIndex + 1 < table.size()
                                && column < table.get(rowIndex + 1).size()
                                && table.get(rowIndex + 1).get(column).equals("^");
                        if (mergesDown) {
                            cell.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                document.write(out);
            }
        }
        return file;
    }

    private static XWPFTableCell last(XWPFTableRow row) {
        return row.getTableCells().get(row.getTableCells().size() - 1);
    }

    private static List<String> texts(TableSource source, int sheet) {
        List<String> rows = new ArrayList<>();
        source.rows(sheet).forEachRemaining(row -> rows.add(row.toString()));
        return rows;
    }

    @Test
    void readsATableWithMergedHeaderCellsAndItsTitleParagraphs() throws IOException {
        Path file = docx(
                folder.resolve("ds.docx"),
                List.of("ĐẢNG BỘ XÃ ĐOÀI SƠN\tĐẢNG CỘNG SẢN VIỆT NAM", "", "DANH SÁCH XẾP LOẠI ĐẢNG VIÊN NĂM 2023"),
                List.of(
                        Arrays.asList("STT", "Họ và tên", "Kết quả xếp loại", "<", "Ghi chú"),
                        Arrays.asList("^", "^", "Chi bộ đề nghị", "Đảng ủy quyết định", "^"),
                        Arrays.asList("1", "Trần Văn Bình", "HTTNV", "HTTNV", "")));
        assertThat(FileSniffer.sniff(file, "ds.docx")).isEqualTo(FileSniffer.Format.DOCX);
        try (TableSource source = DocxSource.open(file, "ds.docx")) {
            assertThat(source.sheetNames()).containsExactly(Optional.of("1"));
            assertThat(texts(source, 0))
                    .containsExactly(
                            "1[ĐẢNG BỘ XÃ ĐOÀI SƠN, ĐẢNG CỘNG SẢN VIỆT NAM]",
                            "2[DANH SÁCH XẾP LOẠI ĐẢNG VIÊN NĂM 2023]",
                            "3[STT, Họ và tên, Kết quả xếp loại, , Ghi chú]",
                            "4[, , Chi bộ đề nghị, Đảng ủy quyết định, ]",
                            "5[1, Trần Văn Bình, HTTNV, HTTNV, ]");
        }
    }

    @Test
    void aTruncatedDocumentIsNamedAsAWordFile() throws IOException {
        Path whole = docx(folder.resolve("whole.docx"), List.of("Tiêu đề"), List.of(List.of("STT", "Họ và tên")));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(folder.resolve("cut.docx"), Arrays.copyOf(bytes, bytes.length / 2));
        DanhgiaException error =
                catchThrowableOfType(DanhgiaException.class, () -> FileSniffer.sniff(cut, "2023/cut.docx"));
        assertThat(error.code()).isEqualTo(ErrorCode.UNREADABLE_FILE);
        assertThat(error.describe())
                .startsWith("tệp \"2023/cut.docx\": Không đọc được tệp như một văn bản Word .docx: tệp bị hỏng hoặc"
                        + " không trọn vẹn (")
                .endsWith("Cách sửa: mở tệp bằng Word rồi lưu lại dưới dạng .docx; nếu Word cũng không mở được, xin"
                        + " đơn vị gửi lại tệp.");
    }

    @Test
    void aDocumentWithoutATableIsRefusedWithTheFix() throws IOException {
        Path file = folder.resolve("thu.docx");
        try (XWPFDocument document = new XWPFDocument();
                OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText("Báo cáo không có bảng");
            document.write(out);
        }
        DanhgiaException error = catchThrowableOfType(DanhgiaException.class, () -> DocxSource.open(file, "thu.docx"));
        assertThat(error.describe())
                .isEqualTo("tệp \"thu.docx\": Văn bản Word không có bảng nào nên không có dòng dữ liệu nào để đọc."
                        + " Cách sửa: xin đơn vị gửi danh sách dạng bảng (bảng trong Word, hoặc tệp Excel .xlsx).");
    }
}
