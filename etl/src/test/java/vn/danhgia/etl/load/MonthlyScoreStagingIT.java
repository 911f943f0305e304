package vn.danhgia.etl.load;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.etl.load.DisciplineStagingIT.card;
import static vn.danhgia.etl.load.DisciplineStagingIT.load;
import static vn.danhgia.etl.load.DisciplineStagingIT.rows;
import static vn.danhgia.etl.load.DisciplineStagingIT.write;
import static vn.danhgia.etl.load.DisciplineStagingIT.writeRegistry;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Monthly evaluation exports through the real loader: periods, scores, grades, leaders' keys, rejects. */
class MonthlyScoreStagingIT {
    @TempDir
    Path folder;

    @Test
    void splitsPeriodsLinksLeadersAndRejectsBadPeriodsScoresGradesAndDuplicateMonths() throws Exception {
        writeRegistry(folder);
        write(folder.resolve("2025/xep loai can bo lanh dao 2025.csv"), """
                STT,Mã cán bộ,Họ và tên,Năm sinh,Số thẻ đảng viên,Chức vụ,Đơn vị công tác,Tự xếp loại,Ban Thường vụ quyết định
                1,CB1000,Khuất Đức Lợi,1975,01000101,Chủ tịch UBND xã,Đảng ủy xã Đoài Sơn,HTTNV,HTTNV
                """);
        write(folder.resolve("2024/xep loai can bo lanh dao 2024.csv"), """
                STT,Mã cán bộ,Họ và tên,Năm sinh,Số thẻ đảng viên,Chức vụ,Đơn vị công tác,Tự xếp loại,Ban Thường vụ quyết định
                1,CB2000,Nguyễn Văn Tư,1982,01000200,Phó Chủ tịch UBND xã,Đảng ủy xã Đoài Sơn,HTTNV,HTTNV
                """);
        write(folder.resolve("2025/xuat du lieu danh gia hang thang 2025.csv"), """
                Mã CB;Họ và tên;Chức vụ;Đơn vị;Kỳ đánh giá;Điểm tự chấm;Điểm lãnh đạo chấm;Xếp loại
                CB1000;Khuất Đức Lợi;Chủ tịch UBND xã;UBND xã Đoài Sơn;01/2025;92,4;91,5;a
                CB2000;Nguyễn Văn Tư;Phó Chủ tịch UBND xã;UBND xã Đoài Sơn;2/2025;85,6;84;B
                CB3000;Trần Văn Đạt;Công chức Tư pháp;UBND xã Đoài Sơn;03/2025;70.7;68,5;C
                CB3001;Lê Thị Hoa;Công chức Văn phòng;UBND xã Đoài Sơn;13/2025;80;80;B
                CB3002;Phạm Văn Khánh;Công chức Địa chính;UBND xã Đoài Sơn;04/2025;tám mươi;80;B
                CB3003;Vũ Thị Lan;Công chức Văn hóa;UBND xã Đoài Sơn;05/2025;80;80;E
                CB1000;Khuất Đức Lợi;Chủ tịch UBND xã;UBND xã Đoài Sơn;1/2025;90;90;A
                """);
        Path warehouse = load(folder);

        Pseudonymizer pseudonyms = new Pseudonymizer(DisciplineStagingIT.KEY);
        assertThat(rows(warehouse, """
                        select year, month, person_key, unit_code, self_score, final_score, grade, position, source_row
                        from core.monthly_score order by source_row"""))
                .containsExactly(
                        "2025 | 1 | " + card(pseudonyms, "01000101")
                                + " | X03 | 92.40 | 91.50 | A | Chủ tịch UBND xã | 2",
                        "2025 | 2 | " + card(pseudonyms, "01000200")
                                + " | X03 | 85.60 | 84.00 | B | Phó Chủ tịch UBND xã | 3",
                        "2025 | 3 | " + pseudonyms.officialKey("CB3000")
                                + " | X03 | 70.70 | 68.50 | C | Công chức Tư pháp | 4");
        assertThat(
                        rows(
                                warehouse,
                                "select row, column_name, value, reason_code, message from meta.rejects order by row, column_name"))
                .containsExactly(
                        "5 | period | 13/2025 | INVALID_DATE | Cột \"Kỳ đánh giá\": \"13/2025\" không phải ngày hợp lệ."
                                + " Ghi theo dạng ngày/tháng/năm, ví dụ 08/12/2024.",
                        "6 | self_score | tám mươi | INVALID_NUMBER | Cột \"Điểm tự chấm\": \"tám mươi\" không phải"
                                + " là số. Ghi số, ví dụ 86,5 hoặc 86.5.",
                        "7 | grade | E | UNKNOWN_GRADE | Cột \"Xếp loại tháng\": xếp loại tháng \"E\" không nhận ra."
                                + " Ghi một trong: A, B, C, D.",
                        "8 | official_code | CB1000 | DUPLICATE_OFFICIAL | Cột \"Mã cán bộ\": cán bộ \"CB1000\" đã"
                                + " có một dòng khác cho cùng kỳ đánh giá. Mỗi cán bộ chỉ có một dòng mỗi kỳ; xóa dòng"
                                + " trùng.");
    }
}
