package vn.danhgia.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.danhgia.dashboard.query.LevelTally;

/** The parts of the report that need no warehouse: the title block's names, restatement sums, requests. */
class ReportBuilderTest {

    @Test
    void theTitleBlockNamesTheCommitteeThatIssuesAndThePlaceWithoutItsOrgan() {
        assertThat(ReportBuilder.body("Đảng bộ huyện Đông Lâm (mô phỏng)", true))
                .isEqualTo("Huyện ủy Đông Lâm");
        assertThat(ReportBuilder.body("Đảng bộ xã Kim Nguyên", true)).isEqualTo("Đảng ủy xã Kim Nguyên");
        assertThat(ReportBuilder.body("Chi bộ Chi cục Thuế khu vực", true)).isEqualTo("Chi bộ Chi cục Thuế khu vực");
        assertThat(ReportBuilder.body("Đảng bộ thành phố (mô phỏng)", false)).isEqualTo("Đảng bộ thành phố");
        assertThat(ReportBuilder.place("Đảng bộ huyện Đông Lâm (mô phỏng)")).isEqualTo("Đông Lâm");
        assertThat(ReportBuilder.place("Huyện ủy Thạch Thất")).isEqualTo("Thạch Thất");
    }

    @Test
    void asIsSumsTheWeightedPredecessorsAndAsWasKeepsThemApartWithTheSameTotal() {
        List<LevelRow> rows = List.of(
                row(2024, "X06", "X26", "1", 100, 10),
                row(2024, "X07", "X26", "1", 50, 5),
                row(2024, "X40", "X41", "0.6", 20, 4),
                row(2024, "X40", "X42", "0.4", 20, 4),
                row(2025, "X26", "X26", "1", 160, 16));

        LevelRows asIs = new LevelRows(rows, Restatement.AS_IS);
        LevelRows asWas = new LevelRows(
                rows.stream()
                        .filter(row ->
                                row.isCode().equals("X26") || row.isCode().equals("X41"))
                        .toList(),
                Restatement.AS_WAS);

        assertThat(asIs.byOrganization(List.of(2024)).values().stream()
                        .map(years -> years.get(2024).code() + "="
                                + years.get(2024)
                                        .tally()
                                        .countRated()
                                        .stripTrailingZeros()
                                        .toPlainString())
                        .toList())
                .containsExactly("X26=150", "X41=12", "X42=8");
        assertThat(asIs.total(2024).countRated()).isEqualByComparingTo("170");
        assertThat(asWas.total(2024).countRated()).isEqualByComparingTo("170");
        assertThat(asWas.byOrganization(List.of(2024)).values().stream()
                        .map(years -> years.get(2024).code())
                        .toList())
                .containsExactly("X06", "X07", "X40");
    }

    @Test
    void theComparisonYearIsTheYearBeforeUnlessGiven() {
        ReportRequest request = ReportRequest.district(2025, Locale.ENGLISH);

        assertThat(request.baseYear()).isEqualTo(2024);
        assertThat(request.english()).isTrue();
        assertThat(Restatement.of("as_was")).isEqualTo(Restatement.AS_WAS);
        assertThatThrownBy(() -> Restatement.of("asis"))
                .hasMessage("unknown restatement 'asis': expected as_is or as_was");
    }

    private static LevelRow row(int year, String was, String is, String weight, long rated, long excellent) {
        return new LevelRow(
                year,
                was,
                "Đảng bộ " + was,
                "commune",
                is,
                "Đảng bộ " + is,
                "commune",
                new BigDecimal(weight),
                rated,
                new LevelTally(
                        BigDecimal.valueOf(rated),
                        BigDecimal.valueOf(excellent),
                        BigDecimal.valueOf(rated - excellent),
                        BigDecimal.ZERO,
                        BigDecimal.ZERO));
    }
}
