package vn.danhgia.analytics.stats;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Cochran–Armitage test for a linear trend in proportions over years: each year t has n_t trials
 * and k_t successes (members rated, members rated excellent). The slope is the weighted least-squares
 * slope of the proportion on the year (weights n_t), its standard error the one under "no trend"
 * (pooled proportion p̄): se = √(p̄(1−p̄)/Σ n_t(t−t̄)²), and z = slope/se. Chosen over a plain
 * regression of yearly shares because it weighs each year by how many members it rests on: 3 of 20
 * is weak evidence, 30 of 200 is not.
 */
public final class CochranArmitage {
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private CochranArmitage() {}

    /** One year's trials and successes. */
    public record Point(int year, long trials, long successes) {
        public Point {
            if (trials < 0 || successes < 0 || successes > trials) {
                throw new IllegalArgumentException(
                        "year " + year + ": successes " + successes + " of " + trials + " trials");
            }
        }
    }

    /**
     * The trend: slope per year, its standard error, z, the one-sided p-value of a rise
     * P(Z ≥ z), and the lower confidence bound of the slope at the given one-sided confidence.
     */
    public record Trend(double slope, double standardError, double z, double pValue, double slopeLower) {}

    /** The trend over the points; a flat or empty series (no variation to test) has z 0 and p-value 1. */
    public static Trend test(List<Point> points, double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
        }
        double trials = 0;
        double successes = 0;
        double weightedYears = 0;
        for (Point point : points) {
            trials += point.trials();
            successes += point.successes();
            weightedYears += point.trials() * (double) point.year();
        }
        if (trials == 0) {
            return new Trend(0, 0, 0, 1, 0);
        }
        double pooled = successes / trials;
        double meanYear = weightedYears / trials;
        double spread = 0;
        double covariance = 0;
        for (Point point : points) {
            double centered = point.year() - meanYear;
            spread += point.trials() * centered * centered;
            covariance += (point.successes() - point.trials() * pooled) * centered;
        }
        if (spread == 0 || pooled == 0 || pooled == 1) {
            return new Trend(0, 0, 0, 1, 0);
        }
        double slope = covariance / spread;
        double standardError = Math.sqrt(pooled * (1 - pooled) / spread);
        double z = slope / standardError;
        double pValue = 1 - NORMAL.cumulativeProbability(z);
        double slopeLower = slope - NORMAL.inverseCumulativeProbability(confidence) * standardError;
        return new Trend(slope, standardError, z, pValue, slopeLower);
    }
}
