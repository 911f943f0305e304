package vn.danhgia.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.etl.read.FileReader;
import vn.danhgia.etl.read.MappingProfiles;
import vn.danhgia.etl.read.ReadHints;

/** {@code inspect}'s report of a hand-written file, as JSON and as a table, and its --map options. */
class InspectReportTest {
    private static Path unseen() throws URISyntaxException {
        return Path.of(InspectReportTest.class.getResource("/unseen").toURI());
    }

    private static List<InspectReport.FileResult> inspect(String... files) throws URISyntaxException {
        List<InspectReport.FileResult> results = new ArrayList<>();
        for (String file : files) {
            results.add(InspectReport.inspect(
                    new FileReader(MappingProfiles.none()),
                    unseen().resolve(file),
                    unseen(),
                    ReadHints.none(),
                    2,
                    Optional.empty()));
        }
        return results;
    }

    @Test
    void printsEachColumnsFieldWhatBoundItAndItsScoreAsJson() throws Exception {
        StringWriter text = new StringWriter();
        InspectReport.json(
                inspect("2024/CB Truong THCS Phung Xa 2024.csv", "2025/khong ro mau 2025 - DU xa Dong Lam.csv"),
                new PrintWriter(text));
        JsonNode files = new ObjectMapper().readTree(text.toString()).path("files");
        JsonNode file = files.get(0);
        assertThat(file.path("file").asText()).isEqualTo("2024/CB Truong THCS Phung Xa 2024.csv");
        assertThat(file.path("kind").asText()).isEqualTo("member_rating");
        assertThat(file.path("year").asInt()).isEqualTo(2024);
        assertThat(file.path("year_found_in").asText()).isEqualTo("file_name");
        assertThat(file.path("unit").asText()).isEqualTo("CB Truong THCS Phung Xa");
        assertThat(file.path("unit_found_in").asText()).isEqualTo("file_name");
        JsonNode sheet = file.path("sheets").get(0);
        assertThat(sheet.path("header_row").asInt()).isEqualTo(1);
        List<String> columns = new ArrayList<>();
        sheet.path("columns")
                .forEach(column -> columns.add(column.path("column").asText() + " "
                        + column.path("field").asText() + " "
                        + column.path("bound_by").asText() + " "
                        + column.path("score").asDouble()));
        assertThat(columns)
                .containsExactly(
                        "A seq synonym 1.0",
                        "B full_name meaning 5.0",
                        "C birth synonym 1.0",
                        "D self_level meaning 2.5",
                        "E proposed_level meaning 2.3",
                        "F final_level meaning 2.9");
        assertThat(file.path("first_rows")).hasSize(2);
        assertThat(file.path("first_rows")
                        .get(0)
                        .path("fields")
                        .path("full_name")
                        .asText())
                .isEqualTo("Nguyễn Thị Hoa");
        assertThat(file.path("warnings").get(0).asText())
                .isEqualTo("cột G \"Số điện thoại\" không ứng với trường nào, không được nạp");
        assertThat(files.get(1).path("error").asText())
                .startsWith("tệp \"2025/khong ro mau 2025 - DU xa Dong Lam.csv\", dòng 1: Không nhận ra loại biểu mẫu")
                .contains("\"Số TT\", \"Người được đánh giá\", \"Nhận xét của tập thể\", \"Kết luận\"");
    }

    @Test
    void printsATableForAPerson() throws Exception {
        StringWriter text = new StringWriter();
        InspectReport.table(inspect("BC_xep_loai_DV_2023_chi_bo_thon_3.csv"), new PrintWriter(text));
        assertThat(text.toString())
                .contains("Tệp: BC_xep_loai_DV_2023_chi_bo_thon_3.csv")
                .contains("Năm: 2023 (tìm thấy ở: tên tệp)")
                .contains("Đơn vị: chi bo thon 3 (tìm thấy ở: tên tệp)")
                .contains("  F    QĐ của ĐU            final_level     nghĩa của từ  2.20");
    }

    @Test
    void readsMapOptionsAtTheirLastEqualsSign() {
        assertThat(InspectCommand.mapping(List.of("Họ tên = ĐV=full_name", "D=final_level")))
                .containsExactly(Map.entry("Họ tên = ĐV", "full_name"), Map.entry("D", "final_level"));
        assertThatThrownBy(() -> InspectCommand.mapping(List.of("final_level")))
                .isInstanceOf(DanhgiaException.class)
                .hasMessageStartingWith("Tùy chọn --map \"final_level\" sai dạng.");
    }
}
