package vn.danhgia.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;
import vn.danhgia.analytics.stats.LeniencyIndex.OrganizationCount;
import vn.danhgia.analytics.stats.LeniencyIndex.Score;

class LeniencyIndexTest {
    private static final LeniencyIndex.Criteria CRITERIA = new LeniencyIndex.Criteria(3, 0.05, 0.10);

    private static List<OrganizationCount> agencies(int year, long[][] ratedAndExcellent) {
        List<OrganizationCount> counts = new ArrayList<>();
        for (int i = 0; i < ratedAndExcellent.length; i++) {
            counts.add(new OrganizationCount(
                    year, "C0" + (i + 1), "agency", ratedAndExcellent[i][0], ratedAndExcellent[i][1]));
        }
        return counts;
    }

    @Test
    void upperTailIsTheExactBinomial() {
        assertThat(LeniencyIndex.upperTail(5, 3, 0.5)).isCloseTo(0.5, within(1e-12));
        double expected = 1 - new BinomialDistribution(30, 0.13).cumulativeProbability(12);
        assertThat(LeniencyIndex.upperTail(30, 13, 0.13)).isCloseTo(expected, within(1e-12));
        assertThat(LeniencyIndex.upperTail(30, 0, 0.13)).isEqualTo(1.0);
    }

    @Test
    void comparesWithThePooledShareOfTheOtherOrganizationsOfTheTypeAndYear() {
        List<Score> scores = LeniencyIndex.compute(
                agencies(2020, new long[][] {{20, 2}, {20, 2}, {20, 2}, {20, 2}, {20, 10}}), CRITERIA);

        Score lenient = scores.get(4);
        assertThat(lenient.peerOrganizations()).isEqualTo(4);
        assertThat(lenient.peerRated()).isEqualTo(80);
        assertThat(lenient.peerExcellent()).isEqualTo(8);
        assertThat(lenient.peerShare().getAsDouble()).isCloseTo(0.1, within(1e-12));
        assertThat(lenient.effect().getAsDouble()).isCloseTo(0.4, within(1e-12));
        assertThat(lenient.pValue().getAsDouble()).isCloseTo(LeniencyIndex.upperTail(20, 10, 0.1), within(1e-15));
        assertThat(lenient.isOutlier(CRITERIA)).isTrue();
    }

    @Test
    void anOutlierIsLeftOutOfTheOthersPeerShare() {
        List<Score> scores = LeniencyIndex.compute(
                agencies(2020, new long[][] {{20, 2}, {20, 2}, {20, 2}, {20, 2}, {20, 10}}), CRITERIA);

        Score ordinary = scores.get(0);
        assertThat(ordinary.peerOrganizations()).isEqualTo(4);
        assertThat(ordinary.peersLeftOut()).isEqualTo(1);
        assertThat(ordinary.peerShare().getAsDouble()).isCloseTo(0.1, within(1e-12));
        assertThat(ordinary.isOutlier(CRITERIA)).isFalse();
    }

    @Test
    void twoLenientOrganizationsDoNotHideEachOther() {
        // With C06 in its peers C05's peer share would be 22/100 and its q-value above 0.05.
        List<Score> scores = LeniencyIndex.compute(
                agencies(2020, new long[][] {{20, 2}, {20, 2}, {20, 2}, {20, 2}, {20, 8}, {20, 14}}), CRITERIA);

        assertThat(scores.get(4).isOutlier(CRITERIA)).isTrue();
        assertThat(scores.get(5).isOutlier(CRITERIA)).isTrue();
        assertThat(scores.get(4).peersLeftOut()).isEqualTo(1);
        assertThat(scores.get(4).peerShare().getAsDouble()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void aTypeWithTooFewPeersIsNotTested() {
        List<Score> scores = LeniencyIndex.compute(
                List.of(
                        new OrganizationCount(2020, "X22", "township", 200, 25),
                        new OrganizationCount(2020, "X23", "township", 200, 90)),
                CRITERIA);

        assertThat(scores.get(1).peerShare().getAsDouble()).isCloseTo(0.125, within(1e-12));
        assertThat(scores.get(1).pValue()).isEmpty();
        assertThat(scores.get(1).qValue()).isEmpty();
    }

    @Test
    void qValuesAdjustAcrossEveryOrganizationYearTested() {
        List<OrganizationCount> counts =
                new ArrayList<>(agencies(2020, new long[][] {{20, 2}, {20, 2}, {20, 2}, {20, 6}}));
        counts.addAll(agencies(2021, new long[][] {{20, 2}, {20, 2}, {20, 2}, {20, 2}}));

        List<Score> scores = LeniencyIndex.compute(counts, CRITERIA);

        double p = scores.get(3).pValue().getAsDouble();
        assertThat(scores.get(3).qValue().getAsDouble()).isCloseTo(Math.min(1, p * 8), within(1e-12));
    }
}
