package vn.danhgia.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExportTest {
    private final byte[] bytes = CsvExport.bytes(ExportTables.sample());

    @Test
    void beginsWithTheUtf8ByteOrderMark() {
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void endsRecordsWithCrlf() {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFĐơn vị,Năm,Điểm,Tỷ lệ,Ngày\r\n");
        assertThat(text).contains("\r\nĐảng ủy xã Đông Hòa,2024,-5,0.4167,2024-12-15\r\n");
    }

    @Test
    void readsBackVietnameseNumbersAndNeutralizedText() throws IOException {
        List<CSVRecord> records = read();
        assertThat(records).hasSize(1 + 1 + ExportTables.INJECTED.size());
        assertThat(records.get(0).toList()).containsExactly("Đơn vị", "Năm", "Điểm", "Tỷ lệ", "Ngày");
        assertThat(records.get(1).toList())
                .containsExactly(ExportTables.VIETNAMESE, "2024", "-5", "0.4167", "2024-12-15");
        for (int index = 0; index < ExportTables.INJECTED.size(); index++) {
            CSVRecord record = records.get(2 + index);
            assertThat(record.get(0)).isEqualTo("'" + ExportTables.INJECTED.get(index));
            assertThat(record.get(1)).isEmpty();
            assertThat(record.get(2)).isEqualTo("2.5");
        }
    }

    @Test
    void writesSmallAndLargeDecimalsWithoutExponent() throws IOException {
        ExportTable table = ExportTable.builder("x", List.of(ExportTable.Column.of("Số", ColumnType.DECIMAL)))
                .row(0.00001)
                .row(12345678.9)
                .row(new java.math.BigDecimal("1.2500"))
                .build();
        String text = new String(CsvExport.bytes(table), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFFSố\r\n0.00001\r\n12345678.9\r\n1.25\r\n");
    }

    private List<CSVRecord> read() throws IOException {
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }
}
