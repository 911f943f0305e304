package vn.danhgia.etl.load;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.etl.load.DisciplineStagingIT.load;
import static vn.danhgia.etl.load.DisciplineStagingIT.rows;
import static vn.danhgia.etl.load.DisciplineStagingIT.write;
import static vn.danhgia.etl.load.DisciplineStagingIT.writeRegistry;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Organization ratings through the real loader: units by name, levels, scores and their rejects. */
class OrgRatingStagingIT {
    @TempDir
    Path folder;

    @Test
    void resolvesOrganizationsAndRejectsUnknownLevelsMissingFinalLevelsBadScoresAndDuplicates() throws Exception {
        writeRegistry(folder);
        write(folder.resolve("2025/xep loai TCCS dang 2025.csv"), """
                STT,Tên tổ chức cơ sở đảng,Loại hình,Tự xếp loại,Ban Tổ chức đề xuất,Ban Thường vụ quyết định,Điểm
                1,Đảng bộ xã Đoài Sơn,xã,HTXSNV,HT XS NV,Hoàn thành xuất sắc nhiệm vụ,"92,5"
                2,Đảng bộ xã Song Lâm,Xã,Hoàn thành tốt,HTTNV,hoàn thành tốt nhiệm vụ,85
                3,Đảng bộ Công an huyện,lực lượng vũ trang,HTTNV,HTTNV,HTTNV,80
                4,Chi bộ thôn Đông,thôn,HTNV,HTNV,HTNV,60
                5,Đảng bộ xã Tân Hòa,xã,HTTNV,Rất tốt,Xuất sắc lắm,95
                6,Đảng bộ xã Phú Mỹ,xã,HTTNV,HTTNV,,75
                7,Đảng bộ xã Đông Hòa,xã,HTTNV,HTTNV,HTTNV,105
                8,Đảng bộ xã Tây Hòa,xã,HTTNV,HTTNV,HTTNV,tám mươi
                9,Đảng ủy xã Đoài Sơn,xã,HTTNV,HTTNV,HTTNV,88
                """);
        Path warehouse = load(folder);

        assertThat(rows(warehouse, """
                        select year, unit_code, self_level, proposed_level, final_level, score, source_row
                        from core.org_rating order by source_row"""))
                .containsExactly(
                        "2025 | X03 | HTXSNV | HTXSNV | HTXSNV | 92.50 | 2",
                        "2025 | X21 | HTTNV | HTTNV | HTTNV | 85.00 | 3",
                        "2025 | " + provisional("cong an huyen") + " | HTTNV | HTTNV | HTTNV | 80.00 | 4");
        assertThat(rows(warehouse, "select unit_code, unit_type from staging.org_rating order by source_row"))
                .containsExactly("X03 | commune", "X21 | commune", provisional("cong an huyen") + " | armed_forces");
        assertThat(rows(warehouse, "select unit_name, is_provisional from core.dim_unit where is_provisional"))
                .containsExactly("Đảng bộ Công an huyện | true");
        assertThat(
                        rows(
                                warehouse,
                                "select row, column_name, value, reason_code, message from meta.rejects order by row, column_name"))
                .containsExactly(
                        "5 | unit_name | Chi bộ thôn Đông | AMBIGUOUS_UNIT | Cột \"Tên đơn vị\": tên đơn vị \"Chi bộ"
                                + " thôn Đông\" khớp với nhiều đơn vị trong danh mục (X03-01, X21-01). Ghi mã đơn vị hoặc tên"
                                + " đầy đủ.",
                        "6 | final_level | Xuất sắc lắm | UNKNOWN_LEVEL | "
                                + unknownLevel("Quyết định xếp loại", "Xuất sắc lắm"),
                        "6 | proposed_level | Rất tốt | UNKNOWN_LEVEL | " + unknownLevel("Đề xuất xếp loại", "Rất tốt"),
                        "7 | final_level | null | MISSING_VALUE | Cột \"Quyết định xếp loại\" bị trống. Điền giá trị rồi"
                                + " nạp lại tệp.",
                        "8 | score | 105 | INVALID_NUMBER | Cột \"Điểm\": \"105\" không phải là số. Ghi số, ví dụ 86,5"
                                + " hoặc 86.5.",
                        "9 | score | tám mươi | INVALID_NUMBER | Cột \"Điểm\": \"tám mươi\" không phải là số. Ghi số, ví"
                                + " dụ 86,5 hoặc 86.5.",
                        "10 | unit_name | Đảng ủy xã Đoài Sơn | DUPLICATE_UNIT | Cột \"Tên đơn vị\": đơn vị \"Đảng"
                                + " ủy xã Đoài Sơn\" đã có một dòng khác trong cùng năm. Mỗi đơn vị chỉ có một dòng mỗi"
                                + " năm; xóa dòng trùng.");
    }

    static String unknownLevel(String label, String value) {
        return "Cột \"" + label + "\": mức xếp loại \"" + value + "\" không nhận ra. Ghi một trong: Hoàn thành xuất"
                + " sắc nhiệm vụ (HTXSNV), Hoàn thành tốt nhiệm vụ (HTTNV), Hoàn thành nhiệm vụ (HTNV), Không hoàn"
                + " thành nhiệm vụ (KHTNV), hoặc Miễn đánh giá / Chưa xếp loại.";
    }

    /** The code staging gives a unit name the registry does not know: 'P-' and its key's md5, 10 digits. */
    static String provisional(String matchKey) throws Exception {
        byte[] digest = MessageDigest.getInstance("MD5").digest(matchKey.getBytes(StandardCharsets.UTF_8));
        return "P-" + String.format("%032x", new BigInteger(1, digest)).substring(0, 10);
    }
}
