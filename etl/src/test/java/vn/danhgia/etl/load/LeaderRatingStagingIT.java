package vn.danhgia.etl.load;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.etl.load.DisciplineStagingIT.card;
import static vn.danhgia.etl.load.DisciplineStagingIT.load;
import static vn.danhgia.etl.load.DisciplineStagingIT.rows;
import static vn.danhgia.etl.load.DisciplineStagingIT.write;
import static vn.danhgia.etl.load.DisciplineStagingIT.writeRegistry;
import static vn.danhgia.etl.load.OrgRatingStagingIT.unknownLevel;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leader ratings through the real loader: persons, units, levels, scores and their rejects. */
class LeaderRatingStagingIT {
    @TempDir
    Path folder;

    @Test
    void pseudonymizesLeadersResolvesUnitsAndRejectsBadBirthYearsLevelsMissingUnitsAndDuplicates() throws Exception {
        writeRegistry(folder);
        write(folder.resolve("2025/xep loai can bo lanh dao quan ly 2025.csv"), """
                STT,Mã cán bộ,Họ và tên,Năm sinh,Số thẻ đảng viên,Chức vụ,Đơn vị công tác,Tự xếp loại,Ban Thường vụ quyết định,Điểm
                1,CB1000,Khuất Đức Lợi,1975,01000101,Bí thư Đảng ủy,Đảng ủy xã Đoài Sơn,HTXSNV,Hoàn thành xuất sắc nhiệm vụ,"91,5"
                2,CB1001,Dương Minh Cường,1980,,Phó Bí thư  Đảng ủy,Đảng ủy xã Song Lâm,HTTNV,HTTNV,84
                3,CB1002,Trần Hữu Long,1990,01000103,Chủ tịch UBND xã,,HTTNV,HTTNV,80
                4,CB1003,Lê Văn Mạnh,1850,01000104,Phó Chủ tịch UBND xã,Đảng ủy xã Đoài Sơn,HTTNV,HTTNV,70
                5,CB1004,Vũ Minh An,1978,01000105,Công chức Tư pháp,Đảng ủy xã Đoài Sơn,HTTNV,Giỏi,"70,5"
                6,CB1000,Khuất Đức Lợi,1975,01000101,Bí thư Đảng ủy,Đảng bộ xã Đoài Sơn,HTTNV,HTTNV,80
                """);
        Path warehouse = load(folder);

        Pseudonymizer pseudonyms = new Pseudonymizer(DisciplineStagingIT.KEY);
        assertThat(rows(warehouse, """
                        select year, person_key, position, unit_code, self_level, final_level, score, proposed_level,
                            source_row
                        from core.leader_rating order by source_row"""))
                .containsExactly(
                        "2025 | " + card(pseudonyms, "01000101")
                                + " | Bí thư Đảng ủy | X03 | HTXSNV | HTXSNV | 91.50 | null | 2",
                        "2025 | " + pseudonyms.officialKey("CB1001")
                                + " | Phó Bí thư Đảng ủy | X21 | HTTNV | HTTNV | 84.00 | null | 3");
        assertThat(rows(warehouse, "select person_key, birth_year, is_leader from core.dim_person order by birth_year"))
                .containsExactly(
                        card(pseudonyms, "01000101") + " | 1975 | true",
                        pseudonyms.officialKey("CB1001") + " | 1980 | true");
        assertThat(
                        rows(
                                warehouse,
                                "select row, column_name, value, reason_code, message from meta.rejects order by row, column_name"))
                .containsExactly(
                        "4 | unit_name | null | MISSING_VALUE | Cột \"Tên đơn vị\" bị trống. Điền giá trị rồi nạp lại"
                                + " tệp.",
                        "5 | birth | 1850 | INVALID_YEAR | Cột \"Năm sinh\": năm \"1850\" không hợp lý. Kiểm tra lại"
                                + " năm sinh hoặc năm đánh giá.",
                        "6 | final_level | Giỏi | UNKNOWN_LEVEL | " + unknownLevel("Quyết định xếp loại", "Giỏi"),
                        "7 | official_code | CB1000 | DUPLICATE_OFFICIAL | Cột \"Mã cán bộ\": cán bộ \"CB1000\" đã"
                                + " có một dòng khác cho cùng kỳ đánh giá. Mỗi cán bộ chỉ có một dòng mỗi kỳ; xóa dòng"
                                + " trùng.");
    }
}
