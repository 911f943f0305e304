package vn.danhgia.analytics.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The Benjamini–Hochberg false-discovery-rate adjustment: turns the p-values of a family of tests into
 * q-values, so that flagging every test with q ≤ α keeps the expected share of false flags under α.
 * Used because one district tests hundreds of organization-years at once: at α = 0.05 without it,
 * about one in twenty ordinary organizations would be flagged by chance.
 */
public final class BenjaminiHochberg {
    private BenjaminiHochberg() {}

    /** The q-value of each p-value, in the same order (q_(i) = min over j ≥ i of p_(j)·m/j, at most 1). */
    public static double[] adjust(double[] pValues) {
        int count = pValues.length;
        for (double p : pValues) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("p-value outside [0, 1]: " + p);
            }
        }
        Integer[] order = IntStream.range(0, count).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] q = new double[count];
        double running = 1;
        for (int rank = count; rank >= 1; rank--) {
            int index = order[rank - 1];
            running = Math.min(running, pValues[index] * count / rank);
            q[index] = running;
        }
        return q;
    }
}
