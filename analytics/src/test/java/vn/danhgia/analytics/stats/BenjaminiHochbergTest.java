package vn.danhgia.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BenjaminiHochbergTest {
    @Test
    void adjustsLikeRsPAdjustBhInTheOriginalOrder() {
        // R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "BH") = 0.02 0.04 0.04 0.02
        double[] q = BenjaminiHochberg.adjust(new double[] {0.01, 0.04, 0.03, 0.005});

        assertThat(q[0]).isCloseTo(0.02, within(1e-12));
        assertThat(q[1]).isCloseTo(0.04, within(1e-12));
        assertThat(q[2]).isCloseTo(0.04, within(1e-12));
        assertThat(q[3]).isCloseTo(0.02, within(1e-12));
    }

    @Test
    void neverGoesAboveOneNorBelowThePValue() {
        double[] p = {0.9, 0.5, 0.7};
        double[] q = BenjaminiHochberg.adjust(p);

        for (int i = 0; i < p.length; i++) {
            assertThat(q[i]).isBetween(p[i], 1.0);
        }
    }

    @Test
    void anEmptyFamilyHasNoQValues() {
        assertThat(BenjaminiHochberg.adjust(new double[0])).isEmpty();
    }

    @Test
    void rejectsAValueThatIsNoProbability() {
        assertThatThrownBy(() -> BenjaminiHochberg.adjust(new double[] {0.2, 1.5}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p-value outside [0, 1]: 1.5");
    }
}
