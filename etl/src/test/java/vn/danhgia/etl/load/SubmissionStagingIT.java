package vn.danhgia.etl.load;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.etl.load.DisciplineStagingIT.load;
import static vn.danhgia.etl.load.DisciplineStagingIT.rows;
import static vn.danhgia.etl.load.DisciplineStagingIT.write;
import static vn.danhgia.etl.load.DisciplineStagingIT.writeRegistry;
import static vn.danhgia.etl.load.OrgRatingStagingIT.provisional;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Submission dates through the real loader: dates written several ways, units, and their rejects. */
class SubmissionStagingIT {
    @TempDir
    Path folder;

    @Test
    void typesReviewAndReportDatesAndRejectsImpossibleDatesAndAmbiguousUnits() throws Exception {
        writeRegistry(folder);
        write(folder.resolve("2024/tien do kiem diem bao cao 2024.csv"), """
                STT,Tên tổ chức cơ sở đảng,Ngày hoàn thành kiểm điểm,Ngày gửi báo cáo
                1,Đảng bộ xã Đoài Sơn,05/12/2024,2024-12-12
                2,Đảng bộ xã Song Lâm,9/12/2024,16/12/2024
                3,Đảng bộ xã Hòa Sơn,,14/12/2024
                4,Đảng bộ xã Tân Hòa,32/12/2024,15/12/2024
                5,Chi bộ thôn Đông,01/12/2024,10/12/2024
                """);
        Path warehouse = load(folder);

        assertThat(rows(warehouse, """
                        select year, unit_code, review_done_on, report_sent_on, source_row
                        from core.submission order by source_row"""))
                .containsExactly(
                        "2024 | X03 | 2024-12-05 | 2024-12-12 | 2",
                        "2024 | X21 | 2024-12-09 | 2024-12-16 | 3",
                        "2024 | " + provisional("xa hoa son") + " | null | 2024-12-14 | 4");
        assertThat(
                        rows(
                                warehouse,
                                "select row, column_name, value, reason_code, message from meta.rejects order by row, column_name"))
                .containsExactly(
                        "5 | review_done_on | 32/12/2024 | INVALID_DATE | Cột \"Ngày hoàn thành kiểm điểm\":"
                                + " \"32/12/2024\" không phải ngày hợp lệ. Ghi theo dạng ngày/tháng/năm, ví dụ"
                                + " 08/12/2024.",
                        "6 | unit_name | Chi bộ thôn Đông | AMBIGUOUS_UNIT | Cột \"Tên đơn vị\": tên đơn vị \"Chi bộ"
                                + " thôn Đông\" khớp với nhiều đơn vị trong danh mục (X03-01, X21-01). Ghi mã đơn vị hoặc tên"
                                + " đầy đủ.");
    }
}
