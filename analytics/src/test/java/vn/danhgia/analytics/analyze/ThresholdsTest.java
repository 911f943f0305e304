package vn.danhgia.analytics.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.error.DanhgiaException;

class ThresholdsTest {
    @TempDir
    Path folder;

    @Test
    void theBuiltInFileGivesEveryDetectorItsNumbers() {
        assertThat(Thresholds.builtIn().values())
                .extracting(Thresholds.Threshold::detector)
                .contains("leniency_outlier", "monthly_annual_mismatch", "late_review");
    }

    @Test
    void anInstallationFileReplacesTheBuiltInOne() throws Exception {
        Path file = folder.resolve("thresholds.yaml");
        Files.writeString(file, "detectors:\n  late_review:\n    grace_days: 2\n", StandardCharsets.UTF_8);

        assertThat(Thresholds.load(Optional.of(file)).values())
                .containsExactly(new Thresholds.Threshold("late_review", "grace_days", 2.0));
    }

    @Test
    void aValueThatIsNotANumberIsNamedWithItsFileAndKey() throws Exception {
        Path file = folder.resolve("thresholds.yaml");
        Files.writeString(file, "detectors:\n  late_review:\n    grace_days: hai ngày\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Thresholds.fromFile(file))
                .isInstanceOf(DanhgiaException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("late_review.grace_days")
                .hasMessageContaining("hai ngày")
                .hasMessageContaining("phải là một con số");
    }

    @Test
    void aMissingFileSaysHowToFallBackToTheBuiltInThresholds() {
        Path file = folder.resolve("missing.yaml");

        assertThatThrownBy(() -> Thresholds.fromFile(file))
                .isInstanceOf(DanhgiaException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("thresholds_file");
    }
}
