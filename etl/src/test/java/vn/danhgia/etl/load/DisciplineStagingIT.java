package vn.danhgia.etl.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.rules.RuleBook;
import vn.danhgia.core.warehouse.Warehouses;
import vn.danhgia.etl.read.ReadHints;

/**
 * The discipline register through the real loader: forms, decision dates and years, units, rejects.
 * Its static helpers (a registry file, writing a file, loading a folder, reading rows) serve the other
 * staging ITs of this package too.
 */
class DisciplineStagingIT {
    static final PseudonymKey KEY = PseudonymKey.of(new byte[32]);

    @TempDir
    Path folder;

    @Test
    void typesDecisionsAndRejectsUnknownFormsBadDatesAndAmbiguousUnits() throws Exception {
        writeRegistry(folder);
        write(folder.resolve("2024/so theo doi ky luat 2024.csv"), """
                STT,Họ và tên,Số thẻ đảng viên,Đơn vị,Hình thức kỷ luật,Ngày quyết định,Số quyết định,Nội dung vi phạm,Tự phát hiện
                1,Nguyễn Văn An,01000001,Đảng ủy xã Đoài Sơn,khiển  trách,18/06/2024,73-QĐ/UBKT,Vi phạm chính sách dân số,x
                2,Trần Thị Bình,01000002,Đảng ủy xã Đoài Sơn,CẢNH CÁO,02/12/2023,12-QĐ/UBKT,Thiếu trách nhiệm,
                3,Lê Văn Cường,01000003,Đảng ủy xã Đoài Sơn,Cach chuc,5/3/2024,20-QĐ/UBKT,Vi phạm nguyên tắc,Có
                4,Phạm Văn Dũng,01000004,Đảng ủy xã Đoài Sơn,Phê bình,10/10/2024,30-QĐ/UBKT,Vi phạm nhẹ,
                5,Hoàng Văn Em,01000005,Đảng ủy xã Đoài Sơn,Khai trừ,31/02/2024,40-QĐ/UBKT,Vi phạm điều cấm,
                6,Vũ Thị Giang,01000006,Chi bộ thôn Đông,Khiển trách,01/10/2024,50-QĐ/UBKT,Vi phạm chính sách dân số,
                7,Đỗ Văn Hùng,01000007,Đảng ủy xã Đoài Sơn,Cảnh cáo nặng,ngày 3,60-QĐ/UBKT,Vi phạm chính sách dân số,
                """);
        Path warehouse = load(folder);

        Pseudonymizer pseudonyms = new Pseudonymizer(KEY);
        assertThat(rows(warehouse, """
                        select year, person_key, unit_code, form, form_code, decided_on, self_detected, decision_number,
                            violation, source_row
                        from core.discipline order by source_row"""))
                .containsExactly(
                        "2024 | " + card(pseudonyms, "01000001")
                                + " | X03 | Khiển trách | reprimand | 2024-06-18 | true"
                                + " | 73-QĐ/UBKT | Vi phạm chính sách dân số | 2",
                        "2023 | " + card(pseudonyms, "01000002") + " | X03 | Cảnh cáo | warning | 2023-12-02 | false"
                                + " | 12-QĐ/UBKT | Thiếu trách nhiệm | 3",
                        "2024 | " + card(pseudonyms, "01000003") + " | X03 | Cách chức | dismissal | 2024-03-05 | true"
                                + " | 20-QĐ/UBKT | Vi phạm nguyên tắc | 4");
        assertThat(
                        rows(
                                warehouse,
                                "select row, column_name, value, reason_code, message from meta.rejects order by row, column_name"))
                .containsExactly(
                        "5 | form | Phê bình | UNKNOWN_FORM | Cột \"Hình thức kỷ luật\": hình thức kỷ luật \"Phê bình\""
                                + " không nhận ra. Ghi một trong: Khiển trách, Cảnh cáo, Cách chức, Khai trừ.",
                        "6 | decided_on | 31/02/2024 | INVALID_DATE | Cột \"Ngày quyết định\": \"31/02/2024\" không"
                                + " phải ngày hợp lệ. Ghi theo dạng ngày/tháng/năm, ví dụ 08/12/2024.",
                        "7 | unit_name | Chi bộ thôn Đông | AMBIGUOUS_UNIT | Cột \"Tên đơn vị\": tên đơn vị \"Chi bộ"
                                + " thôn Đông\" khớp với nhiều đơn vị trong danh mục (X03-01, X21-01). Ghi mã đơn vị hoặc tên"
                                + " đầy đủ.",
                        "8 | decided_on | ngày 3 | INVALID_DATE | Cột \"Ngày quyết định\": \"ngày 3\" không phải ngày"
                                + " hợp lệ. Ghi theo dạng ngày/tháng/năm, ví dụ 08/12/2024.",
                        "8 | form | Cảnh cáo nặng | UNKNOWN_FORM | Cột \"Hình thức kỷ luật\": hình thức kỷ luật"
                                + " \"Cảnh cáo nặng\" không nhận ra. Ghi một trong: Khiển trách, Cảnh cáo, Cách chức,"
                                + " Khai trừ.");
    }

    static String card(Pseudonymizer pseudonyms, String cardNumber) {
        return pseudonyms.personKey(cardNumber, "", "", "").orElseThrow();
    }

    /** A registry where "Chi bộ thôn Đông" names two cells from 2024 (one under each commune). */
    static void writeRegistry(Path folder) throws IOException {
        write(folder.resolve("units/danh muc don vi.csv"), """
                Mã đơn vị,Tên tổ chức đảng,Loại hình,Cấp,Trực thuộc,Hiệu lực từ,Hiệu lực đến
                HU,Đảng bộ huyện,cấp ủy cấp trên,huyện,,01/01/2015,
                X01,Đảng bộ xã Đông Lâm,xã,cơ sở,HU,01/01/2015,31/12/2023
                X03,Đảng bộ xã Đoài Sơn,xã,cơ sở,HU,01/01/2015,
                X21,Đảng bộ xã Song Lâm,xã,cơ sở,HU,01/01/2024,
                X03-01,Chi bộ thôn Đông,thôn,chi bộ,X03,01/01/2015,
                X21-01,Chi bộ thôn Đông,thôn,chi bộ,X21,01/01/2024,
                """);
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static Path load(Path folder) {
        Path warehouse = folder.resolve("warehouse/danhgia.duckdb");
        new Loader(Clock.systemUTC(), RuleBook.defaults())
                .load(new Loader.Request(List.of(folder), warehouse, ReadHints.none(), false), KEY, LoadProgress.NONE);
        return warehouse;
    }

    /** Every row of a query, its values joined by " | " ("null" for SQL null). */
    static List<String> rows(Path warehouse, String query) throws SQLException {
        try (Connection connection = Warehouses.open(warehouse, Warehouses.Mode.READ_ONLY);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            List<String> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringJoiner row = new StringJoiner(" | ");
                for (int column = 1; column <= columns; column++) {
                    row.add(String.valueOf(result.getString(column)));
                }
                rows.add(row.toString());
            }
            return rows;
        }
    }
}
