package vn.danhgia.dashboard.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

class NotebookTest {
    private static final String CELLS = "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {%s}, \"cells\": [%s]}";

    @Test
    void readsTextQueriesChartsAndTheTitle() {
        String json = CELLS.formatted(
                "\"danhgia\": {\"summary\": \"Tóm tắt\"}",
                "{\"cell_type\": \"markdown\", \"source\": [\"# Tiêu đề\\n\", \"Giải thích\"]},"
                        + "{\"cell_type\": \"raw\", \"source\": \"bỏ qua\"},"
                        + "{\"cell_type\": \"code\", \"id\": \"q1\", \"source\": \"select 1 as year\", \"metadata\":"
                        + " {\"danhgia\": {\"expect_rows\": false, \"chart\": {\"kind\": \"line\", \"x\": \"year\","
                        + " \"y\": \"count_rated\", \"title\": \"Số\", \"labels\": {\"count_rated\": \"Được xếp loại\"}}}}}");

        Notebook notebook = Notebook.parse("thu", "thu.ipynb", json);

        assertThat(notebook.title()).isEqualTo("Tiêu đề");
        assertThat(notebook.summary()).isEqualTo("Tóm tắt");
        assertThat(notebook.cells()).extracting(NotebookCell::number).containsExactly(1, 3);
        assertThat(notebook.cells().get(0).source()).isEqualTo("# Tiêu đề\nGiải thích");
        NotebookCell query = notebook.sqlCells().get(0);
        assertThat(query.id()).contains("q1");
        assertThat(query.expectRows()).isFalse();
        assertThat(query.chart()).hasValueSatisfying(chart -> {
            assertThat(chart.y()).isEqualTo(List.of("count_rated"));
            assertThat(chart.label("count_rated")).isEqualTo("Được xếp loại");
            assertThat(chart.series()).isEmpty();
        });
    }

    @Test
    void whatIsNotANotebookIsRefusedSayingWhatAndWhere() {
        assertRefused("{ \"cells\": [", "Tệp thu.ipynb không phải JSON hợp lệ");
        assertRefused("[1, 2]", "không phải một đối tượng JSON");
        assertRefused("{\"nbformat\": 3}", "không phải sổ Jupyter định dạng 4: nbformat là 3");
        assertRefused("{\"nbformat\": 4}", "không có danh sách ô (\"cells\")");
        assertRefused(
                CELLS.formatted(
                        "",
                        "{\"cell_type\": \"markdown\", \"source\": \"a\"}, {\"cell_type\": \"python\","
                                + " \"source\": \"x\"}"),
                "ô 2 có loại \"python\"");
        assertRefused(CELLS.formatted("", "{\"cell_type\": \"code\"}"), "ô 1 không có nội dung");
        assertRefused(
                CELLS.formatted(
                        "",
                        "{\"cell_type\": \"code\", \"source\": \"select 1\", \"metadata\": {\"danhgia\":"
                                + " {\"chart\": {\"kind\": \"pie\", \"x\": \"a\", \"y\": [\"b\"], \"title\": \"t\"}}}}"),
                "biểu đồ của ô 1 không hợp lệ (kind 'pie' is none of");
    }

    private static void assertRefused(String json, String message) {
        assertThatThrownBy(() -> Notebook.parse("thu", "thu.ipynb", json))
                .isInstanceOfSatisfying(DanhgiaException.class, error -> assertThat(error.code())
                        .isEqualTo(ErrorCode.INVALID_USAGE))
                .hasMessageContaining(message);
    }
}
