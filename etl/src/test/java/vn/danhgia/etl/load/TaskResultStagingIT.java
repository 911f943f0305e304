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

/** Task results through the real loader: counts, on-time shares written every way, and their rejects. */
class TaskResultStagingIT {
    @TempDir
    Path folder;

    @Test
    void readsOnTimeSharesAsPercentOrFractionAndRejectsBadCountsAndShares() throws Exception {
        writeRegistry(folder);
        write(folder.resolve("2024/ket qua thuc hien nhiem vu 2024.csv"), """
                STT,Tên tổ chức cơ sở đảng,Tổng số chỉ tiêu,Số chỉ tiêu đạt,Số chỉ tiêu vượt,Tỷ lệ hoàn thành đúng hạn
                1,Đảng bộ xã Đoài Sơn,20,18,5,95
                2,Đảng bộ xã Song Lâm,15,15,3,95%
                3,Đảng bộ xã Hòa Sơn,12,10,0,"0,95"
                4,Đảng bộ xã Tân Hòa,10,9,1,"95,5"
                5,Đảng bộ xã Phú Mỹ,10,mười,1,90
                6,Đảng bộ xã Đông Hòa,10,9,"1,5",120%
                """);
        Path warehouse = load(folder);

        assertThat(rows(warehouse, """
                        select year, unit_code, targets_total, targets_met, targets_exceeded, on_time_share, source_row
                        from core.task_result order by source_row"""))
                .containsExactly(
                        "2024 | X03 | 20 | 18 | 5 | 0.9500 | 2",
                        "2024 | X21 | 15 | 15 | 3 | 0.9500 | 3",
                        "2024 | " + provisional("xa hoa son") + " | 12 | 10 | 0 | 0.9500 | 4",
                        "2024 | " + provisional("xa tan hoa") + " | 10 | 9 | 1 | 0.9550 | 5");
        assertThat(
                        rows(
                                warehouse,
                                "select row, column_name, value, reason_code, message from meta.rejects order by row, column_name"))
                .containsExactly(
                        "6 | targets_met | mười | INVALID_NUMBER | Cột \"Số chỉ tiêu đạt\": \"mười\" không phải là số."
                                + " Ghi số, ví dụ 86,5 hoặc 86.5.",
                        "7 | on_time_share | 120% | INVALID_NUMBER | Cột \"Tỷ lệ hoàn thành đúng hạn\": \"120%\" không"
                                + " phải là số. Ghi số, ví dụ 86,5 hoặc 86.5.",
                        "7 | targets_exceeded | 1,5 | INVALID_NUMBER | Cột \"Số chỉ tiêu vượt\": \"1,5\" không phải là"
                                + " số. Ghi số, ví dụ 86,5 hoặc 86.5.");
    }
}
