package vn.danhgia.etl.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.danhgia.core.form.InputKind;

/** The kind of a file follows from its header set alone, for the kinds the generator writes too. */
class KindDetectionTest {
    @TempDir
    Path root;

    private final FileReader reader = new FileReader();

    private FileSummary read(String header, String data, CollectingSink sink) throws IOException {
        Path file = Files.writeString(
                Files.createDirectories(root.resolve("2024")).resolve("tep.csv"),
                header + "\n" + data + "\n",
                StandardCharsets.UTF_8);
        return reader.read(file, root, ReadHints.none(), sink);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = " => ",
            value = {
                "STT;Mã CB;Họ và tên;Năm sinh;Số thẻ đảng viên;Chức vụ;Đơn vị công tác;Tự xếp loại;Ban Thường vụ quyết định;Điểm"
                        + " => leader_rating",
                "STT;Tên tổ chức cơ sở đảng;Tổng số chỉ tiêu;Số chỉ tiêu đạt;Số chỉ tiêu vượt;Tỷ lệ hoàn thành đúng hạn (%)"
                        + " => task_result",
                "STT;Tên tổ chức cơ sở đảng;Ngày hoàn thành kiểm điểm;Ngày gửi báo cáo => submission",
                "STT;Tên tổ chức cơ sở đảng;Loại hình;Tự đánh giá;Ban Tổ chức đề xuất;Ban Thường vụ quyết định => org_rating",
                "Mã CB;Họ và tên;Chức vụ;Đơn vị;Kỳ đánh giá;Điểm tự chấm;Điểm lãnh đạo chấm;Xếp loại => monthly_score",
                "STT;Họ và tên;Số thẻ đảng viên;Đơn vị;Hình thức kỷ luật;Ngày quyết định => discipline",
                "TT;Năm kiểm điểm;Tổ chức đảng / cá nhân;Nội dung hạn chế, khuyết điểm => shortcoming",
                "Mã đơn vị;Tên tổ chức đảng;Loại hình;Cấp;Trực thuộc;Hiệu lực từ => unit_registry",
                "TT;Họ tên;Số thẻ ĐV;Chi bộ;Tự đánh giá;Chi bộ đề xuất;Ban Thường vụ quyết định => member_rating",
            })
    void detectsTheKindFromTheHeaderSet(String header, String kind) throws IOException {
        CollectingSink sink = new CollectingSink();
        String data = String.join(";", java.util.Collections.nCopies(header.split(";").length, "1"));
        FileSummary summary = reader.read(
                Files.writeString(
                        Files.createDirectories(root.resolve("2024")).resolve("tep.csv"), header + "\n" + data + "\n"),
                root,
                new ReadHints(java.util.Optional.empty(), java.util.Optional.of("Đảng ủy xã Đông Lâm")),
                sink);
        assertThat(summary.kind().code()).isEqualTo(kind);
        assertThat(sink.rows).hasSize(1);
        assertThat(sink.rows.get(0).fields().keySet()).hasSize(header.split(";").length);
    }

    @Test
    void mapsEveryLeaderRatingColumn() throws IOException {
        CollectingSink sink = new CollectingSink();
        FileSummary summary = read(
                "STT,Mã CB,Họ và tên,Năm sinh,Số thẻ đảng viên,Chức vụ,Đơn vị công tác,Tự xếp loại,Ban Thường vụ quyết định,Điểm",
                "1,CB1003,Trần Văn Đạt,1980,01234567,Công chức Tư pháp,UBND xã Đoài Sơn,HTTNV,HTNV,68.5",
                sink);
        assertThat(summary.kind()).isEqualTo(InputKind.LEADER_RATING);
        assertThat(summary.year()).contains(2024);
        assertThat(sink.rows.get(0).fields())
                .containsExactly(
                        Map.entry("seq", "1"),
                        Map.entry("official_code", "CB1003"),
                        Map.entry("full_name", "Trần Văn Đạt"),
                        Map.entry("birth", "1980"),
                        Map.entry("card_number", "01234567"),
                        Map.entry("position", "Công chức Tư pháp"),
                        Map.entry("unit_name", "UBND xã Đoài Sơn"),
                        Map.entry("self_level", "HTTNV"),
                        Map.entry("final_level", "HTNV"),
                        Map.entry("score", "68.5"));
    }

    @Test
    void mapsTaskResultsAndSubmissions() throws IOException {
        CollectingSink tasks = new CollectingSink();
        read(
                "STT,Tên tổ chức cơ sở đảng,Tổng số chỉ tiêu,Số chỉ tiêu đạt,Số chỉ tiêu vượt,Tỷ lệ hoàn thành đúng hạn (%)",
                "1,Đảng bộ xã Đông Lâm,20,18,7,95", tasks);
        assertThat(tasks.rows.get(0).fields())
                .containsExactly(
                        Map.entry("seq", "1"),
                        Map.entry("unit_name", "Đảng bộ xã Đông Lâm"),
                        Map.entry("targets_total", "20"),
                        Map.entry("targets_met", "18"),
                        Map.entry("targets_exceeded", "7"),
                        Map.entry("on_time_share", "95"));
        CollectingSink submissions = new CollectingSink();
        read(
                "STT,Tên tổ chức cơ sở đảng,Ngày hoàn thành kiểm điểm,Ngày gửi báo cáo",
                "1,Đảng bộ xã Đông Lâm,08/12/2024,14/12/2024",
                submissions);
        assertThat(submissions.rows.get(0).fields())
                .containsEntry("review_done_on", "08/12/2024")
                .containsEntry("report_sent_on", "14/12/2024");
    }
}
