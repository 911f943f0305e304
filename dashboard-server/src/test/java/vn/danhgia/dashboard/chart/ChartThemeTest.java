package vn.danhgia.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChartThemeTest {
    private final ChartTheme theme = ChartTheme.standard();

    @Test
    void levelsGetLighterByAtLeastFifteenPercentFromNotCompletedToExcellentSoTheyPrintApartInGrey() {
        List<Double> luminances = List.of("KHTNV", "HTNV", "HTTNV", "HTXSNV").stream()
                .map(code ->
                        ChartTheme.relativeLuminance(theme.levelColour(code).orElseThrow()))
                .toList();

        for (int index = 1; index < luminances.size(); index++) {
            assertThat(luminances.get(index) - luminances.get(index - 1))
                    .as("luminance step from %s", luminances)
                    .isGreaterThanOrEqualTo(0.15);
        }
    }

    @Test
    void relativeLuminanceFollowsTheWcagFormula() {
        assertThat(ChartTheme.relativeLuminance(Color.BLACK)).isEqualTo(0.0);
        assertThat(ChartTheme.relativeLuminance(Color.WHITE)).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ChartTheme.relativeLuminance(new Color(0x808080)))
                .isEqualTo(0.2159, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void statusesAndMonthlyGradesHaveFixedColours() {
        assertThat(theme.levelColour("A")).isEqualTo(theme.levelColour("HTXSNV"));
        assertThat(theme.levelColour("D")).isEqualTo(theme.levelColour("KHTNV"));
        assertThat(theme.levelColour("exempt")).contains(new Color(0x666666));
        assertThat(theme.levelColour(" new_member ")).contains(new Color(0xA5C882));
        assertThat(theme.levelColour("suspended")).isPresent();
        assertThat(theme.levelColour("not_rated")).isPresent();
        assertThat(theme.levelColour("unknown")).isEmpty();
    }

    @Test
    void seriesWithoutALevelTakeThePaletteInOrder() {
        List<ChartSeries> series = List.of(
                ChartSeries.of("district", "Toàn huyện", Optional.empty(), List.of()),
                ChartSeries.of("HTTNV", "HTTNV", Optional.of("HTTNV"), List.of()),
                ChartSeries.of("city", "Thành phố", Optional.empty(), List.of()));

        assertThat(theme.seriesColours(series))
                .containsExactly(ChartTheme.PALETTE.get(0), new Color(0x58B2D8), ChartTheme.PALETTE.get(1));
    }

    @Test
    void fontIsDejaVuSansAndHasEveryVietnameseLetter() {
        Font font = theme.titleFont();

        assertThat(font.getFamily(Locale.ROOT)).isEqualTo("DejaVu Sans");
        assertThat(font.canDisplayUpTo("Xếp loại đảng viên: Hoàn thành xuất sắc nhiệm vụ, ĐẢNG ỦY Ở Ữ Ỹ"))
                .isEqualTo(-1);
    }

    @Test
    void labelsInsideBarsAreWhiteOnDarkColoursAndDarkOnLightOnes() {
        assertThat(theme.labelColourOn(theme.levelColour("KHTNV").orElseThrow()))
                .isEqualTo(Color.WHITE);
        assertThat(theme.labelColourOn(theme.levelColour("HTXSNV").orElseThrow()))
                .isEqualTo(ChartTheme.TEXT);
    }
}
