package vn.danhgia.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CochranArmitageTest {
    @Test
    void slopeStandardErrorAndOneSidedPValueOfARisingShare() {
        // 1, 2, 3 of 10 over three years: pooled 0.2, sum n(t - mean)^2 = 20, slope 2/20 = 0.1,
        // se = sqrt(0.2 * 0.8 / 20), z = 1.1180, p = 1 - Phi(z) = 0.13178, lower 95% bound 0.1 - 1.6449 se.
        CochranArmitage.Trend trend = CochranArmitage.test(
                List.of(
                        new CochranArmitage.Point(2021, 10, 1),
                        new CochranArmitage.Point(2022, 10, 2),
                        new CochranArmitage.Point(2023, 10, 3)),
                0.95);

        assertThat(trend.slope()).isCloseTo(0.1, within(1e-12));
        assertThat(trend.standardError()).isCloseTo(Math.sqrt(0.008), within(1e-12));
        assertThat(trend.z()).isCloseTo(1.118034, within(1e-6));
        assertThat(trend.pValue()).isCloseTo(0.131776, within(1e-6));
        assertThat(trend.slopeLower()).isCloseTo(0.1 - 1.644854 * Math.sqrt(0.008), within(1e-6));
    }

    @Test
    void aFallingShareHasANegativeZAndAPValueAboveOneHalf() {
        CochranArmitage.Trend trend = CochranArmitage.test(
                List.of(new CochranArmitage.Point(2021, 20, 8), new CochranArmitage.Point(2022, 20, 2)), 0.95);

        assertThat(trend.z()).isNegative();
        assertThat(trend.pValue()).isGreaterThan(0.5);
    }

    @Test
    void aSeriesWithoutAnySuccessHasNothingToTest() {
        CochranArmitage.Trend trend = CochranArmitage.test(
                List.of(new CochranArmitage.Point(2021, 20, 0), new CochranArmitage.Point(2022, 20, 0)), 0.95);

        assertThat(trend.pValue()).isEqualTo(1.0);
        assertThat(trend.slope()).isZero();
    }
}
