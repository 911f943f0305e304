package vn.danhgia.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.danhgia.dashboard.query.EvidenceView.Fact;
import vn.danhgia.dashboard.query.EvidenceView.SourceRow;

class FindingsViewTest {
    @Test
    void writesRowNumbersAsRanges() {
        assertThat(FindingsView.ranges(List.of(9, 10, 11, 15, 17, 18, 20))).isEqualTo("9–11, 15, 17, 18, 20");
        assertThat(FindingsView.ranges(List.of(28, 9))).isEqualTo("9, 28");
        assertThat(FindingsView.ranges(List.of())).isEqualTo("–");
    }

    @Test
    void mergesRowsOfOneSheetButKeepsRowsWithDetailsApart() {
        List<SourceRow> rows = List.of(
                new SourceRow("a.xlsx", Optional.of("DS"), Optional.of(3), List.of()),
                new SourceRow("a.xlsx", Optional.of("DS"), Optional.of(4), List.of()),
                new SourceRow("a.xlsx", Optional.of("Biểu"), Optional.of(4), List.of()),
                new SourceRow(
                        "b.csv", Optional.empty(), Optional.of(7), List.of(new Fact("k", "Hình thức", "Khiển trách"))),
                new SourceRow("b.csv", Optional.empty(), Optional.of(8), List.of()));
        List<FindingsView.SourceLines> lines = FindingsView.sourceLines(rows);
        assertThat(lines)
                .extracting(FindingsView.SourceLines::file, FindingsView.SourceLines::rows)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a.xlsx", "3, 4"),
                        org.assertj.core.groups.Tuple.tuple("a.xlsx", "4"),
                        org.assertj.core.groups.Tuple.tuple("b.csv", "7"),
                        org.assertj.core.groups.Tuple.tuple("b.csv", "8"));
        assertThat(lines.get(2).details()).extracting(Fact::value).containsExactly("Khiển trách");
    }

    @Test
    void tellsNumbersFromWords() {
        assertThat(FindingsView.numeric("1.234")).isTrue();
        assertThat(FindingsView.numeric("80,8%")).isTrue();
        assertThat(FindingsView.numeric("−3")).isTrue();
        assertThat(FindingsView.numeric("Mức xếp loại")).isFalse();
        assertThat(FindingsView.numeric("2024 (sáp nhập)")).isFalse();
    }
}
