package vn.danhgia.etl.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import vn.danhgia.core.level.RatingLevel;
import vn.danhgia.etl.generate.YearRecords.MemberRow;

/**
 * Background member levels of one organization-year, calibrated to DOMAIN.md and shaped so that no
 * detector fires by accident: excellent ≤ 20% of good, some spread of levels, self-assessments that
 * differ from decisions for at least a tenth of members, shares that stay close to the organization's
 * own tendency from year to year.
 */
final class Ratings {
    /** How a plan bends the levels of an organization-year. */
    enum Bend {
        NONE,
        RUBBER_STAMP,
        COMPRESSION,
        LENIENCY,
        INFLATION
    }

    private Ratings() {}

    static void assign(
            int year,
            List<MemberRow> rows,
            Unit org,
            Bend bend,
            double inflationShare,
            Set<Person> disciplined,
            Set<Person> selfDetected,
            Set<Person> noExcellence,
            SplittableRandom random) {
        List<MemberRow> rated = rows.stream().filter(MemberRow::rated).toList();
        List<MemberRow> free = new ArrayList<>();
        for (MemberRow row : rated) {
            if (disciplined.contains(row.person)) {
                row.decided = selfDetected.contains(row.person) && year >= 2023
                        ? RatingLevel.COMPLETED
                        : RatingLevel.NOT_COMPLETED;
            } else {
                free.add(row);
            }
        }
        double[] draw = new double[free.size()];
        for (int i = 0; i < free.size(); i++) {
            draw[i] = free.get(i).person.merit + random.nextGaussian() * 0.35;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < free.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -draw[i]));
        int m = free.size();
        int forcedGood = 0;
        double excellentShare =
                switch (bend) {
                    case LENIENCY -> 0.42;
                    case INFLATION -> inflationShare;
                    case COMPRESSION -> 0;
                    default -> org.excellentShare;
                };
        int excellent = (int) Math.round(excellentShare * m);
        int completed =
                bend == Bend.COMPRESSION || bend == Bend.LENIENCY ? 0 : (int) Math.round(org.completedShare * m);
        int notCompleted = bend == Bend.NONE && m >= 40 && random.nextDouble() < 0.06 ? 1 : 0;
        int good = m - excellent - completed - notCompleted;
        if (bend != Bend.LENIENCY) {
            while (excellent > 0 && 5 * excellent > good + forcedGood) {
                excellent--;
                good++;
            }
        }
        if (bend != Bend.COMPRESSION
                && rated.size() >= 5
                && excellent == 0
                && completed == 0
                && notCompleted == 0
                && free.size() == rated.size()) {
            completed = 1;
            good--;
        }
        for (int position = 0; position < m; position++) {
            MemberRow row = free.get(order.get(position));
            row.decided = position < excellent
                    ? RatingLevel.EXCELLENT
                    : position < excellent + good
                            ? RatingLevel.GOOD
                            : position < m - notCompleted ? RatingLevel.COMPLETED : RatingLevel.NOT_COMPLETED;
        }
        // Members with an unremedied shortcoming are not made excellent: swap with the next good member.
        for (MemberRow row : free) {
            if (row.decided == RatingLevel.EXCELLENT && noExcellence.contains(row.person)) {
                free.stream()
                        .filter(other -> other.decided == RatingLevel.GOOD && !noExcellence.contains(other.person))
                        .findFirst()
                        .ifPresent(other -> other.decided = RatingLevel.EXCELLENT);
                row.decided = RatingLevel.GOOD;
            }
        }
        assignSelfAndScores(year, rated, bend == Bend.RUBBER_STAMP, random);
    }

    static void assignSelfAndScores(int year, List<MemberRow> rated, boolean rubberStamp, SplittableRandom random) {
        int differing = 0;
        for (MemberRow row : rated) {
            row.proposedScore = score(row.decided, random);
            double draw = random.nextDouble();
            row.self = row.decided;
            if (!rubberStamp && draw < 0.17) {
                row.self = Levels.up(row.decided);
            } else if (!rubberStamp && draw < 0.19 && row.decided == RatingLevel.GOOD) {
                row.self = RatingLevel.COMPLETED;
            }
            if (row.self != row.decided) {
                differing++;
            }
        }
        int needed = rated.size() >= 5 && !rubberStamp ? Math.max(2, (int) Math.ceil(rated.size() * 0.15)) : 0;
        for (MemberRow row : rated) {
            if (differing >= needed) {
                break;
            }
            if (row.self == row.decided && row.decided != RatingLevel.EXCELLENT) {
                row.self = Levels.up(row.decided);
                differing++;
            }
        }
        for (MemberRow row : rated) {
            row.proposed = !rubberStamp && row.self != row.decided && random.nextDouble() < 0.08 && year < 2025
                    ? row.self
                    : row.decided;
            if (year >= 2025) {
                row.proposed = row.decided;
                row.selfScore = row.self == row.decided
                        ? Math.min(100, round1(row.proposedScore + (rubberStamp ? 0 : random.nextDouble() * 0.6)))
                        : scoreAbove(row.self, row.proposedScore, random);
                if (Levels.band(year, row.selfScore) != row.self) {
                    row.selfScore = score(row.self, random);
                }
                if (rubberStamp) {
                    row.selfScore = row.proposedScore;
                }
            }
        }
    }

    /** A score (one decimal) inside the level's band. */
    static double score(RatingLevel level, SplittableRandom random) {
        return switch (level) {
            case EXCELLENT -> round1(90.2 + random.nextDouble() * 7.5);
            case GOOD -> round1(71 + random.nextDouble() * 18.3);
            case COMPLETED -> round1(52 + random.nextDouble() * 17.3);
            case NOT_COMPLETED -> round1(30 + random.nextDouble() * 19.3);
        };
    }

    private static double scoreAbove(RatingLevel self, double proposed, SplittableRandom random) {
        double candidate = score(self, random);
        return Math.max(candidate, proposed);
    }

    static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
