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

/** Summary reports through the real loader: whose counts a row holds, whole numbers and their rejects. */
class SummaryReportStagingIT {
    @TempDir
    Path folder;

    @Test
    void countsWholeOrganizationRowsForTheFileUnitAndRejectsCountsThatAreNotWholeNumbers() throws Exception {
        writeRegistry(folder);
        write(folder.resolve("2023/Bieu tong hop xep loai DV 2023 - DU xa Doai Son.csv"), """
                ĐẢNG ỦY XÃ ĐOÀI SƠN,,,,,,,,
                BIỂU TỔNG HỢP KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN NĂM 2023,,,,,,,,
                Tên chi bộ,Tổng số đảng viên,Số ĐV được xếp loại,Miễn đánh giá,Chưa xếp loại,Số HTXSNV,Số HTTNV,Số HTNV,Số KHTNV
                Chi bộ thôn Đông,20,18,1,1,3,12,3,0
                Chi bộ thôn Bằng,15,15,0,0,2,13,0,0
                Chi bộ thôn Trung,12,"11,5",0,0,2,9,1,0
                Chi bộ thôn Nam,10,10,-1,0,two,8,0,0
                Toàn Đảng bộ,45,43,1,1,7,34,4,0
                """);
        Path warehouse = load(folder);

        assertThat(rows(warehouse, """
                        select year, unit_code, total_members, rated, exempt, not_rated, count_htxsnv, count_httnv,
                            count_htnv, count_khtnv, source_row
                        from core.summary_report order by source_row"""))
                .containsExactly(
                        "2023 | X03-01 | 20 | 18 | 1 | 1 | 3 | 12 | 3 | 0 | 4",
                        "2023 | " + provisional("thon bang") + " | 15 | 15 | 0 | 0 | 2 | 13 | 0 | 0 | 5",
                        "2023 | X03 | 45 | 43 | 1 | 1 | 7 | 34 | 4 | 0 | 8");
        assertThat(
                        rows(
                                warehouse,
                                "select row, column_name, value, reason_code, message from meta.rejects order by row, column_name"))
                .containsExactly(
                        "6 | rated | 11,5 | INVALID_NUMBER | Cột \"Số được xếp loại\": \"11,5\" không phải là số. Ghi"
                                + " số, ví dụ 86,5 hoặc 86.5.",
                        "7 | count_htxsnv | two | INVALID_NUMBER | Cột \"Số HTXSNV\": \"two\" không phải là số. Ghi"
                                + " số, ví dụ 86,5 hoặc 86.5.",
                        "7 | exempt | -1 | INVALID_NUMBER | Cột \"Miễn đánh giá\": \"-1\" không phải là số. Ghi số, ví"
                                + " dụ 86,5 hoặc 86.5.");
    }
}
