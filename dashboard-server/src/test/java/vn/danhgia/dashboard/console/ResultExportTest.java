package vn.danhgia.dashboard.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.core.sandbox.QueryResult;
import vn.danhgia.core.sandbox.ResultColumn;
import vn.danhgia.dashboard.export.ColumnType;
import vn.danhgia.dashboard.export.ExportTable;

class ResultExportTest {
    @Test
    void numbersStayNumbersDatesStayDatesTheRestIsText() {
        QueryResult result = new QueryResult(
                List.of(
                        new ResultColumn("whole", "BIGINT", true),
                        new ResultColumn("decimal", "DECIMAL(5,2)", true),
                        new ResultColumn("exact", "DECIMAL(5,2)", true),
                        new ResultColumn("day", "DATE", false),
                        new ResultColumn("at", "TIMESTAMP", false),
                        new ResultColumn("yes", "BOOLEAN", false),
                        new ResultColumn("text", "VARCHAR", false),
                        new ResultColumn("nothing", "\"NULL\"", false)),
                List.of(
                        Arrays.asList(
                                42L,
                                new BigDecimal("2.50"),
                                new BigDecimal("3.00"),
                                LocalDate.of(2025, 12, 15),
                                LocalDateTime.of(2025, 12, 15, 8, 30),
                                true,
                                "=1+1",
                                null),
                        Arrays.asList(null, new BigDecimal("1.25"), new BigDecimal("4"), null, null, false, "x", null)),
                false,
                Duration.ofMillis(1));

        ExportTable table = ResultExport.of("truy-van-1", result);

        assertThat(table.columns())
                .extracting(ExportTable.Column::type)
                .containsExactly(
                        ColumnType.INTEGER,
                        ColumnType.DECIMAL,
                        ColumnType.INTEGER,
                        ColumnType.DATE,
                        ColumnType.TEXT,
                        ColumnType.TEXT,
                        ColumnType.TEXT,
                        ColumnType.TEXT);
        assertThat(table.columns()).extracting(ExportTable.Column::header).startsWith("whole", "decimal");
        assertThat(table.rows().get(0))
                .containsExactly(
                        42L,
                        new BigDecimal("2.50"),
                        3L,
                        LocalDate.of(2025, 12, 15),
                        "2025-12-15 08:30",
                        "true",
                        "=1+1",
                        null);
        assertThat(table.rows().get(1))
                .containsExactly(null, new BigDecimal("1.25"), 4L, null, null, "false", "x", null);
    }

    @Test
    void cellsAreWrittenAsTheEnginePrintsThem() {
        assertThat(CellText.of(null)).isEmpty();
        assertThat(CellText.of(1234567L)).isEqualTo("1234567");
        assertThat(CellText.of(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(CellText.of(0.1)).isEqualTo("0.1");
        assertThat(CellText.of(1.0E-7)).isEqualTo("0.00000010");
        assertThat(CellText.of(LocalDateTime.of(2025, 1, 2, 3, 4, 5))).isEqualTo("2025-01-02 03:04:05");
        assertThat(CellText.of("Đánh giá")).isEqualTo("Đánh giá");
    }
}
