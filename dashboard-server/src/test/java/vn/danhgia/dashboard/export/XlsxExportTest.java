package vn.danhgia.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxExportTest {
    @Test
    void writesNumbersAsNumericCellsAndNegativeNumbersStayNumbers() throws IOException {
        try (XSSFWorkbook workbook = read(ExportTables.sample())) {
            XSSFRow row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(2024.0);
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(-5.0);
            assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(0.4167);
            assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(4))).isTrue();
            assertThat(row.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 12, 15));
        }
    }

    @Test
    void keepsVietnameseAndNeutralizesInjectedFormulas() throws IOException {
        try (XSSFWorkbook workbook = read(ExportTables.sample())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Cảnh báo");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(ExportTables.VIETNAMESE);
            for (int index = 0; index < ExportTables.INJECTED.size(); index++) {
                XSSFRow row = sheet.getRow(2 + index);
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'" + ExportTables.INJECTED.get(index));
                assertThat(row.getCell(1)).isNull();
            }
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + ExportTables.INJECTED.size());
        }
    }

    @Test
    void freezesABoldHeaderAndFiltersTheWholeTable() throws IOException {
        try (XSSFWorkbook workbook = read(ExportTables.sample())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(workbook.getFontAt(
                                    sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E8");
            assertThat(sheet.getColumnWidth(0))
                    .isEqualTo((ExportTables.INJECTED.get(0).length() + 2) * 256);
        }
    }

    @Test
    void refusesAValueOfTheWrongType() {
        assertThatThrownBy(() -> ExportTable.builder("x", List.of(ExportTable.Column.of("Năm", ColumnType.INTEGER)))
                        .row("2024")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row 1, column 'Năm' (INTEGER): String 2024 does not fit");
    }

    private static XSSFWorkbook read(ExportTable table) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(XlsxExport.bytes(table)));
    }
}
