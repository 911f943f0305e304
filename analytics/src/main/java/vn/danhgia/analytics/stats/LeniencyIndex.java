package vn.danhgia.analytics.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apache.commons.math3.special.Beta;

/**
 * The leniency index of each organization-year: its share of members rated excellent (HTXSNV) against
 * the pooled share of its peers (the other grassroots organizations of the same unit type in the same
 * year).
 *
 * <p>The test is the exact one-sided binomial test P(X ≥ excellent) for X ~ Binomial(rated, peer
 * share): under "this organization rates like its peers" each rated member is excellent with the peer
 * share. The p-values of all organization-years with enough peers form one family, adjusted with
 * Benjamini–Hochberg into q-values. The binomial ignores that organizations differ a little among
 * themselves (over-dispersion), so an outlier also needs a minimum effect (share minus peer share).
 *
 * <p>The peer share is robust in two ways: the organization itself is left out (an outlier must not
 * raise its own yardstick), and so are the peers that a first pass already finds to be outliers (two
 * lenient organizations of one type and year must not hide each other). The second pass gives the
 * published figures.
 */
public final class LeniencyIndex {
    private LeniencyIndex() {}

    /** Members rated and rated excellent in one grassroots organization and year. */
    public record OrganizationCount(int year, String organizationCode, String unitType, long rated, long excellent) {
        public OrganizationCount {
            Objects.requireNonNull(organizationCode, "organizationCode");
            Objects.requireNonNull(unitType, "unitType");
            if (rated <= 0 || excellent < 0 || excellent > rated) {
                throw new IllegalArgumentException(
                        organizationCode + " " + year + ": " + excellent + " excellent of " + rated + " rated");
            }
        }

        public double share() {
            return (double) excellent / rated;
        }
    }

    /** What makes an outlier: q-value at most {@code maxQValue}, effect at least {@code minEffect}. */
    public record Criteria(int minimumPeers, double maxQValue, double minEffect) {
        public Criteria {
            if (minimumPeers < 1 || !(maxQValue > 0 && maxQValue <= 1) || !(minEffect >= 0)) {
                throw new IllegalArgumentException(
                        "criteria: min peers " + minimumPeers + ", max q " + maxQValue + ", min effect " + minEffect);
            }
        }
    }

    /**
     * One organization-year's index. Peer figures are empty without peers; the p- and q-values are empty
     * when the organization has fewer peers than the minimum (a type with two organizations has no group
     * to compare with). {@code peersLeftOut} counts peers left out of the peer share as outliers.
     */
    public record Score(
            OrganizationCount count,
            int peerOrganizations,
            int peersLeftOut,
            long peerRated,
            long peerExcellent,
            OptionalDouble peerShare,
            OptionalDouble effect,
            OptionalDouble pValue,
            OptionalDouble qValue) {
        public Score {
            Objects.requireNonNull(count, "count");
        }

        /** Whether the score meets the criteria. */
        public boolean isOutlier(Criteria criteria) {
            return qValue.isPresent()
                    && qValue.getAsDouble() <= criteria.maxQValue()
                    && effect.getAsDouble() >= criteria.minEffect();
        }
    }

    /** The index of every organization-year, in the order given. */
    public static List<Score> compute(List<OrganizationCount> counts, Criteria criteria) {
        boolean[] none = new boolean[counts.size()];
        List<Score> first = scores(counts, criteria, none);
        boolean[] outliers = new boolean[counts.size()];
        boolean any = false;
        for (int i = 0; i < counts.size(); i++) {
            outliers[i] = first.get(i).isOutlier(criteria);
            any |= outliers[i];
        }
        return any ? scores(counts, criteria, outliers) : first;
    }

    private static List<Score> scores(List<OrganizationCount> counts, Criteria criteria, boolean[] leftOut) {
        Map<String, long[]> groups = new HashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            OrganizationCount count = counts.get(i);
            long[] group = groups.computeIfAbsent(group(count), key -> new long[4]);
            group[0]++;
            if (leftOut[i]) {
                group[3]++;
            } else {
                group[1] += count.rated();
                group[2] += count.excellent();
            }
        }
        List<Double> pValues = new ArrayList<>();
        List<long[]> peers = new ArrayList<>();
        int[] testIndex = new int[counts.size()];
        for (int i = 0; i < counts.size(); i++) {
            OrganizationCount count = counts.get(i);
            long[] group = groups.get(group(count));
            // Peers: the group without this organization and without the outliers (this one included).
            long self = leftOut[i] ? 0 : 1;
            long[] peer = {
                group[0] - 1,
                group[3] - (1 - self),
                group[1] - self * count.rated(),
                group[2] - self * count.excellent()
            };
            peers.add(peer);
            testIndex[i] = -1;
            if (peer[0] - peer[1] >= criteria.minimumPeers() && peer[2] > 0) {
                testIndex[i] = pValues.size();
                pValues.add(upperTail(count.rated(), count.excellent(), (double) peer[3] / peer[2]));
            }
        }
        double[] q = BenjaminiHochberg.adjust(
                pValues.stream().mapToDouble(Double::doubleValue).toArray());
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            OrganizationCount count = counts.get(i);
            long[] peer = peers.get(i);
            OptionalDouble peerShare =
                    peer[2] > 0 ? OptionalDouble.of((double) peer[3] / peer[2]) : OptionalDouble.empty();
            OptionalDouble effect = peerShare.isPresent()
                    ? OptionalDouble.of(count.share() - peerShare.getAsDouble())
                    : OptionalDouble.empty();
            boolean tested = testIndex[i] >= 0;
            scores.add(new Score(
                    count,
                    (int) peer[0],
                    (int) peer[1],
                    peer[2],
                    peer[3],
                    peerShare,
                    effect,
                    tested ? OptionalDouble.of(pValues.get(testIndex[i])) : OptionalDouble.empty(),
                    tested ? OptionalDouble.of(q[testIndex[i]]) : OptionalDouble.empty()));
        }
        return List.copyOf(scores);
    }

    /** P(X ≥ k) for X ~ Binomial(n, p). */
    static double upperTail(long n, long k, double p) {
        if (k == 0) {
            return 1;
        }
        if (p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return 1;
        }
        // P(X >= k) = I_p(k, n - k + 1), the regularized incomplete beta: exact, and accurate far into
        // the tail where 1 - cdf would round to 0.
        return Math.max(0, Math.min(1, Beta.regularizedBeta(p, k, n - k + 1)));
    }

    private static String group(OrganizationCount count) {
        return count.year() + "\u0000" + count.unitType();
    }
}
