package vn.danhgia.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Writes example charts to target/chart-examples for a person to look at (and checks they were written). */
class ChartExampleFilesTest {
    @Test
    void writesExampleChartsForReview() throws Exception {
        ChartRenderer renderer = new ChartRenderer(ChartTheme.standard(), Locale.forLanguageTag("vi"));
        Path folder = Files.createDirectories(Path.of("target", "chart-examples"));
        for (ChartKind kind : ChartKind.values()) {
            ChartSpec spec = ChartExamples.membersByLevel(kind == ChartKind.BAR ? ChartKind.GROUPED_BAR : kind);
            String name = kind.name().toLowerCase(Locale.ROOT);
            Files.writeString(folder.resolve(name + ".svg"), renderer.svg(spec, 900, 600), StandardCharsets.UTF_8);
            Files.write(folder.resolve(name + ".png"), renderer.png(spec, 900, 600));
        }
        assertThat(folder.resolve("stacked_bar.png")).isNotEmptyFile();
    }
}
