package vn.danhgia.etl.load;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.etl.load.DisciplineStagingIT.card;
import static vn.danhgia.etl.load.DisciplineStagingIT.load;
import static vn.danhgia.etl.load.DisciplineStagingIT.rows;
import static vn.danhgia.etl.load.DisciplineStagingIT.write;
import static vn.danhgia.etl.load.DisciplineStagingIT.writeRegistry;
import static vn.danhgia.etl.load.OrgRatingStagingIT.provisional;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shortcomings registers through the real loader: review years, subjects, statuses and their rejects. */
class ShortcomingStagingIT {
    @TempDir
    Path folder;

    @Test
    void resolvesSubjectsAtTheReviewYearAndRejectsUnknownStatusesAndSubjects() throws Exception {
        writeRegistry(folder);
        write(folder.resolve("2024/So theo doi khac phuc han che khuyet diem 2023-2024.csv"), """
                ĐẢNG ỦY XÃ ĐOÀI SƠN,,,,,,,
                STT,Năm kiểm điểm,Tổ chức đảng / cá nhân,Tập thể / cá nhân,Số thẻ đảng viên,Nhóm hạn chế,Nội dung hạn chế,Kết quả khắc phục
                1,2023,Đảng ủy xã Đông Lâm,Tập thể,,Kết quả thực hiện nhiệm vụ,Giải phóng mặt bằng chậm,Khắc phục chưa triệt để
                2,2024,Đảng ủy xã Song Lâm,Tập thể,,Kết quả thực hiện nhiệm vụ,Giải phóng mặt bằng tiếp tục chậm,Tái diễn
                3,2023,Nguyễn Văn An,Cá nhân,01000001,Đạo đức lối sống,Chưa gương mẫu trong gia đình,Đã khắc phục
                4,2024,Chi bộ Trường THCS Hòa Sơn,tập thể,,Ý thức tổ chức kỷ luật,Phê bình còn nể nang,Chưa khắc phục
                5,2024,Đảng ủy xã Đoài Sơn,Tập thể,,Trách nhiệm nêu gương,Cấp ủy viên chưa gương mẫu,
                6,2024,Đảng ủy xã Đoài Sơn,Tập thể,,Chính trị tư tưởng,Học tập nghị quyết chưa đầy đủ,Đang khắc phục
                7,2024,Lê Văn Bình,Nhóm,01000009,Đạo đức lối sống,Vi phạm quy định,Đã khắc phục
                8,2024,Trần Thị Cúc,Cá nhân,,Đạo đức lối sống,Vi phạm quy định,Đã khắc phục
                """);
        Path warehouse = load(folder);

        Pseudonymizer pseudonyms = new Pseudonymizer(DisciplineStagingIT.KEY);
        assertThat(rows(warehouse, """
                        select year, unit_code, person_key, category, description, status, subject_kind, reported_year,
                            source_row
                        from core.shortcoming order by source_row"""))
                .containsExactly(
                        "2023 | X01 | null | task_results | Giải phóng mặt bằng chậm | partly_remedied | organization"
                                + " | 2024 | 3",
                        "2024 | X21 | null | task_results | Giải phóng mặt bằng tiếp tục chậm | recurred | organization"
                                + " | 2024 | 4",
                        "2023 | X03 | " + card(pseudonyms, "01000001")
                                + " | ethics_lifestyle | Chưa gương mẫu trong gia đình | remedied | person | 2024 | 5",
                        "2024 | " + provisional("truong thcs hoa son")
                                + " | null | organizational_discipline | Phê bình còn nể nang | not_remedied"
                                + " | organization | 2024 | 6",
                        "2024 | X03 | null | setting_example | Cấp ủy viên chưa gương mẫu | pending | organization | 2024"
                                + " | 7");
        assertThat(
                        rows(
                                warehouse,
                                "select row, column_name, value, reason_code, message from meta.rejects order by row, column_name"))
                .containsExactly(
                        "8 | remediation_status | Đang khắc phục | UNKNOWN_STATUS | Cột \"Kết quả khắc phục\": tình"
                                + " trạng khắc phục \"Đang khắc phục\" không nhận ra. Ghi một trong: Đã khắc phục, Khắc"
                                + " phục chưa triệt để, Chưa khắc phục, Tái diễn.",
                        "9 | subject_kind | Nhóm | UNKNOWN_SUBJECT_KIND | Cột \"Tập thể / cá nhân\": \"Nhóm\" không"
                                + " phải tập thể hay cá nhân. Ghi \"Tập thể\" cho tổ chức đảng, \"Cá nhân\" cho đảng"
                                + " viên.",
                        "10 | card_number | null | MISSING_VALUE | Cột \"Số thẻ đảng viên\" bị trống. Điền giá trị rồi"
                                + " nạp lại tệp.");
    }
}
