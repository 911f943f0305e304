package vn.danhgia.dashboard.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.danhgia.dashboard.report.SampleReports;
import vn.danhgia.dashboard.report.model.ColumnKind;
import vn.danhgia.dashboard.report.model.ReportColumn;
import vn.danhgia.dashboard.report.model.ReportSection;
import vn.danhgia.dashboard.report.model.ReportTable;
import vn.danhgia.dashboard.report.model.TitleBlock;
import vn.danhgia.dashboard.report.model.YearReport;

/** Writes the sample district report as XLSX and reads every promise back with POI. */
class XlsxReportWriterTest {
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void writeAndRead() throws IOException {
        workbook = read(SampleReports.district());
    }

    private static XSSFWorkbook read(YearReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxReportWriter.write(report, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void theSummarySheetComesFirstThenOneSheetPerTable() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        assertThat(names).containsExactly("Tóm tắt", "Đảng viên", "Tổ chức cơ sở đảng", "Theo tổ chức, hai năm");
    }

    @Test
    void theSummarySheetHasTheTitleBlockTheMarkTheSummaryAndTheCharts() {
        XSSFSheet summary = workbook.getSheet("Tóm tắt");
        assertThat(text(summary, 0, 0)).isEqualTo("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI");
        assertThat(text(summary, 0, 1)).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
        assertThat(text(summary, 1, 0)).isEqualTo("HUYỆN ỦY THẠCH THẤT");
        assertThat(text(summary, 2, 0)).isEqualTo("Số 15-BC/HU");
        assertThat(text(summary, 2, 1)).isEqualTo("Thạch Thất, ngày 07 tháng 12 năm 2026");
        assertThat(text(summary, 4, 0)).isEqualTo("BÁO CÁO");
        assertThat(text(summary, 6, 0)).isEqualTo("DỮ LIỆU MÔ PHỎNG");
        assertThat(text(summary, 8, 0)).isEqualTo("TÓM TẮT");
        assertThat(text(summary, 9, 0)).isEqualTo("Đảng viên được đánh giá, xếp loại");
        assertThat(text(summary, 9, 1)).isEqualTo("12.345");
        assertThat(text(summary, 9, 2)).isEqualTo("Tăng 234 đảng viên (1,9%) so với năm 2024.");
        List<String> firstColumn = new ArrayList<>();
        List<String> secondColumn = new ArrayList<>();
        summary.forEach(row -> {
            firstColumn.add(row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue());
            secondColumn.add(row.getCell(1) == null ? "" : row.getCell(1).getStringCellValue());
        });
        assertThat(firstColumn).contains("Biểu đồ trong báo cáo", "Các bảng (mỗi bảng một trang tính)");
        assertThat(secondColumn)
                .contains(
                        "Biểu đồ 1. Tỷ lệ xếp loại đảng viên qua các năm",
                        "Biểu đồ 2. Số tổ chức cơ sở đảng theo mức xếp loại",
                        "Đảng viên",
                        "Tổ chức cơ sở đảng");
        assertThat(summary.getHeader().getRight()).isEqualTo("DỮ LIỆU MÔ PHỎNG");
    }

    @Test
    void numbersAreStoredAsNumbersWithTheirFormats() {
        XSSFSheet members = workbook.getSheet("Đảng viên");
        XSSFRow header = members.getRow(0);
        assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Mức xếp loại");
        assertThat(header.getCell(0).getCellStyle().getFont().getBold()).isTrue();
        XSSFRow excellent = members.getRow(1);
        assertThat(excellent.getCell(0).getStringCellValue()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
        assertThat(excellent.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(excellent.getCell(1).getNumericCellValue()).isEqualTo(1389.0);
        assertThat(excellent.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(excellent.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(excellent.getCell(2).getNumericCellValue()).isEqualTo(0.113);
        assertThat(excellent.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(excellent.getCell(5).getNumericCellValue()).isEqualTo(1.2);
        assertThat(excellent.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(members.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(-1.3);
    }

    @Test
    void aFormulaInTheSourceIsStoredAsText() {
        XSSFCell cell = workbook.getSheet("Đảng viên").getRow(5).getCell(0);
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo("'=1+1");
    }

    @Test
    void missingValuesAreEmptyCells() {
        // row 1 of the organizations (index 0) has no 2025 share
        XSSFRow first = workbook.getSheet("Tổ chức cơ sở đảng").getRow(1);
        assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
        assertThat(first.getCell(4)).isNull();
    }

    @Test
    void everyTableSheetHasAFrozenFilteredHeaderAndAnA4PrintSetup() {
        for (String name : List.of("Đảng viên", "Tổ chức cơ sở đảng")) {
            XSSFSheet sheet = workbook.getSheet(name);
            int lastRow = name.equals("Đảng viên") ? 5 : SampleReports.ORGANIZATION_ROWS;
            assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                    .as(name)
                    .isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
                    .as(name)
                    .isEqualTo(new CellRangeAddress(0, lastRow, 0, 5).formatAsString());
            assertThat(sheet.getRepeatingRows()).as(name).isEqualTo(CellRangeAddress.valueOf("1:1"));
            assertThat(sheet.getPrintSetup().getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).as(name).isEqualTo((short) 0);
            assertThat(sheet.getFitToPage()).as(name).isTrue();
            assertThat(sheet.getHeader().getRight()).as(name).isEqualTo("DỮ LIỆU MÔ PHỎNG");
            assertThat(sheet.getFooter().getCenter()).as(name).isEqualTo("Trang &P/&N");
            assertThat(sheet.getColumnWidth(0)).as(name).isBetween(6 * 256, 60 * 256);
        }
        assertThat(workbook.getSheet("Đảng viên").getRow(7).getCell(0).getStringCellValue())
                .isEqualTo("Nguồn: kho dữ liệu đánh giá, xếp loại; số liệu năm 2024 tính theo đơn vị hiện nay.");
    }

    @Test
    void sheetNamesThatRepeatAreMadeUnique() throws IOException {
        ReportTable one = table("Bảng A", "Số liệu");
        ReportTable two = table("Bảng B", "SỐ LIỆU");
        ReportTable three = table("Bảng C", "Tóm tắt");
        YearReport report = new YearReport(
                new TitleBlock("", "HUYỆN ỦY THẠCH THẤT", "", "Thạch Thất", LocalDate.of(2026, 12, 7), "BÁO CÁO", ""),
                false,
                "",
                List.of(),
                List.of(new ReportSection("Bảng", List.of(one, two, three))),
                Locale.forLanguageTag("vi-VN"));
        try (XSSFWorkbook read = read(report)) {
            List<String> names = new ArrayList<>();
            read.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Tóm tắt", "Số liệu", "SỐ LIỆU (2)", "Tóm tắt (2)");
            assertThat(read.getSheet("Số liệu").getHeader().getRight()).isEmpty();
        }
    }

    private static ReportTable table(String title, String sheetName) {
        return new ReportTable(
                title,
                sheetName,
                List.of(new ReportColumn("Đơn vị", ColumnKind.TEXT), new ReportColumn("Số", ColumnKind.INTEGER)),
                List.of(List.of("Xã A", 1L)),
                List.of());
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }
}
