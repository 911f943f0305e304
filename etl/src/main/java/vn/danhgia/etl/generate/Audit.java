package vn.danhgia.etl.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.danhgia.core.level.RatingLevel;
import vn.danhgia.core.rules.DisciplineRule;
import vn.danhgia.core.rules.ExcellentOrganizationConditions;
import vn.danhgia.core.rules.RuleBook;
import vn.danhgia.core.rules.RuleSet;
import vn.danhgia.core.rules.ScoreBands;
import vn.danhgia.etl.generate.YearRecords.DisciplineEntry;
import vn.danhgia.etl.generate.YearRecords.LeaderRow;
import vn.danhgia.etl.generate.YearRecords.MemberRow;
import vn.danhgia.etl.generate.YearRecords.MonthlyScore;
import vn.danhgia.etl.generate.YearRecords.OrganizationYear;

/**
 * The truth of the rule detectors, recomputed after all planting from what the files of each year hold
 * (the year's records as rendered, bad rows of the manifest left out), by the year's rules of core's rule
 * book and the analysts' thresholds of sql/detectors/thresholds.yaml: a second implementation of each
 * rule, independent of the SQL and of what was planted, so the truth is what the rules say about the
 * generated files even where the background or one plant made a case for another detector.
 *
 * <p>It reads nothing the simulation changes after a year is over (a person's current position or
 * organization): only the year's member rows, leader rows, discipline book, monthly scores, task
 * results, submissions, summary forms and the shortcomings register, and the unit registry.
 */
final class Audit {
    private static final RuleBook RULES = RuleBook.defaults();

    // thresholds.yaml: rating_outcome_mismatch
    private static final double MIN_TARGETS_MET_SHARE = 0.5;
    private static final double PEER_QUANTILE = 0.25;
    private static final int MIN_PEERS = 4;
    // thresholds.yaml: monthly_annual_mismatch
    private static final double GOOD_MIN_AVERAGE = 70;
    private static final double EXCELLENT_MIN_AVERAGE = 90;
    private static final double LOW_MONTH_BELOW = 70;
    private static final double MAX_LOW_MONTH_SHARE = 0.5;

    private final List<YearRecords> years;
    private final AuditShortcomings shortcomings;
    private final Set<Finding> found = new LinkedHashSet<>();

    private Audit(List<YearRecords> years, Map<String, Unit> registry) {
        this.years = years;
        this.shortcomings = new AuditShortcomings(years, registry);
    }

    static Set<Finding> findings(Simulation simulation) {
        Map<String, Unit> registry = new LinkedHashMap<>();
        simulation.structure.all.forEach(unit -> registry.put(unit.code, unit));
        return new Audit(simulation.years, registry).run();
    }

    private Set<Finding> run() {
        for (YearRecords records : years) {
            RuleSet rules = RULES.forYear(records.year);
            Map<String, List<DisciplineEntry>> discipline = new LinkedHashMap<>();
            for (DisciplineEntry entry : records.discipline) {
                discipline
                        .computeIfAbsent(entry.person().card, card -> new ArrayList<>())
                        .add(entry);
            }
            for (OrganizationYear o : records.organizations) {
                quota(records.year, rules, o);
                disciplined(records.year, rules, o, discipline);
                blocked(records.year, rules, o, records.leaders, discipline);
                late(records.year, rules, o);
                summary(records.year, o);
                outcome(records, o);
            }
            scoreBands(records, rules);
            monthly(records);
            if (rules.excellentOrganization().minShareShortcomingsRemedied().isPresent()) {
                shortcomings.unremedied(records, found);
            }
            shortcomings.recurring(records, found);
        }
        return found;
    }

    /** Rows of a member list that load and are rated. */
    private static List<MemberRow> rated(OrganizationYear o) {
        return o.members.stream().filter(row -> row.loads() && row.rated()).toList();
    }

    /** Rows that name their person by card number (every layout but the 2023 x-mark lists). */
    private static List<MemberRow> ratedWithCards(OrganizationYear o) {
        return Plan.usesCards(o) ? rated(o) : List.of();
    }

    private void quota(int year, RuleSet rules, OrganizationYear o) {
        long excellent = rated(o).stream()
                .filter(row -> row.decided == RatingLevel.EXCELLENT)
                .count();
        long base = rated(o).stream()
                .filter(row -> row.decided == rules.excellentQuota().base())
                .count();
        if (excellent > rules.excellentQuota().maximumExcellent(base)) {
            found.add(Finding.unit(Detector.EXCELLENT_QUOTA, year, o.unit));
        }
    }

    private void disciplined(
            int year, RuleSet rules, OrganizationYear o, Map<String, List<DisciplineEntry>> discipline) {
        Optional<DisciplineRule> rule = rules.discipline();
        if (rule.isEmpty()) {
            return;
        }
        for (MemberRow row : ratedWithCards(o)) {
            Optional<RatingLevel> cap = discipline.getOrDefault(row.person.card, List.of()).stream()
                    .map(entry -> rule.get().capFor(entry.selfDetected()))
                    .flatMap(Optional::stream)
                    .min((a, b) -> Integer.compare(a.rank(), b.rank()));
            if (cap.isPresent() && row.decided.rank() > cap.get().rank()) {
                found.add(Finding.person(Detector.DISCIPLINED_NOT_DOWNGRADED, year, o.unit, row.person));
            }
        }
    }

    private void blocked(
            int year,
            RuleSet rules,
            OrganizationYear o,
            List<LeaderRow> leaders,
            Map<String, List<DisciplineEntry>> discipline) {
        if (o.decided != RatingLevel.EXCELLENT) {
            return;
        }
        ExcellentOrganizationConditions conditions = rules.excellentOrganization();
        List<MemberRow> rated = rated(o);
        boolean blocked = false;
        if (!rated.isEmpty()) {
            long completed = rated.stream()
                    .filter(row -> row.decided.rank() >= RatingLevel.COMPLETED.rank())
                    .count();
            long good = rated.stream()
                    .filter(row -> row.decided.rank() >= RatingLevel.GOOD.rank())
                    .count();
            blocked |= conditions.minShareMembersAtLeastCompleted().isPresent()
                    && (double) completed / rated.size()
                            < conditions.minShareMembersAtLeastCompleted().getAsDouble();
            blocked |= conditions.minShareMembersAtLeastGood().isPresent()
                    && (double) good / rated.size()
                            < conditions.minShareMembersAtLeastGood().getAsDouble();
        }
        // the leadership: those rated as its leaders in the year's leader list, disciplined in the year
        // (self-detected or not: the exception is for an individual's level, not the collective's)
        blocked |= conditions.noDisciplinedSubUnitOrLeadership()
                && leaders.stream()
                        .anyMatch(leader ->
                                leader.organization() == o.unit && discipline.containsKey(leader.person().card));
        if (blocked) {
            found.add(Finding.unit(Detector.ORG_EXCELLENT_BLOCKED, year, o.unit));
        }
    }

    private void late(int year, RuleSet rules, OrganizationYear o) {
        // thresholds.yaml: grace_days 0, the deadline day itself is on time
        if (o.reviewDone.isAfter(rules.deadlines().reviewDoneBy(year))) {
            found.add(Finding.unit(Detector.LATE_REVIEW, year, o.unit));
        }
        if (o.reportSent.isAfter(rules.deadlines().reportSentBy(year))) {
            found.add(Finding.unit(Detector.LATE_REPORT, year, o.unit));
        }
    }

    private void summary(int year, OrganizationYear o) {
        if (!o.writesSummary || o.members.stream().noneMatch(MemberRow::loads)) {
            return;
        }
        int[] written = o.summaryOverride == null ? BadRows.summaryCounts(o) : o.summaryOverride;
        int[] listed = new int[8];
        for (MemberRow row : o.members) {
            if (!row.loads()) {
                continue;
            }
            listed[0]++;
            if (row.rated()) {
                listed[1]++;
                listed[4 + RatingLevel.EXCELLENT.rank() - row.decided.rank()]++;
            } else if (row.status == YearRecords.Status.EXEMPT) {
                listed[2]++;
            } else {
                listed[3]++;
            }
        }
        // thresholds.yaml: tolerance 0
        if (!java.util.Arrays.equals(written, listed)) {
            found.add(Finding.unit(Detector.SUMMARY_DETAIL_MISMATCH, year, o.unit));
        }
    }

    private void outcome(YearRecords records, OrganizationYear o) {
        double share = (double) o.targetsMet / o.targetsTotal;
        boolean mismatch = o.decided.rank() >= RatingLevel.GOOD.rank() && share < MIN_TARGETS_MET_SHARE;
        if (o.decided == RatingLevel.EXCELLENT) {
            List<Double> peers = records.organizations.stream()
                    .filter(p -> p.unit.type == o.unit.type)
                    .map(p -> (double) p.targetsMet / p.targetsTotal)
                    .sorted()
                    .toList();
            if (peers.size() >= MIN_PEERS) {
                double position = PEER_QUANTILE * (peers.size() - 1);
                int lower = (int) Math.floor(position);
                double quartile = peers.get(lower)
                        + (position - lower) * (peers.get(Math.min(lower + 1, peers.size() - 1)) - peers.get(lower));
                mismatch |= share <= quartile;
            }
        }
        if (mismatch) {
            found.add(Finding.unit(Detector.RATING_OUTCOME_MISMATCH, records.year, o.unit));
        }
    }

    private void scoreBands(YearRecords records, RuleSet rules) {
        Optional<ScoreBands> bands = rules.scoreBands();
        if (bands.isEmpty()) {
            return;
        }
        int year = records.year;
        for (OrganizationYear o : records.organizations) {
            for (MemberRow row : ratedWithCards(o)) {
                if (bands.get().levelFor(row.proposedScore) != row.decided) {
                    found.add(Finding.person(Detector.SCORE_BAND_MISMATCH, year, o.unit, row.person));
                }
            }
            if (bands.get().levelFor(o.score) != o.decided) {
                found.add(Finding.unit(Detector.SCORE_BAND_MISMATCH, year, o.unit));
            }
        }
        for (LeaderRow leader : records.leaders) {
            if (bands.get().levelFor(leader.score()) != leader.decided()) {
                found.add(Finding.person(Detector.SCORE_BAND_MISMATCH, year, leader.organization(), leader.person()));
            }
        }
    }

    private void monthly(YearRecords records) {
        Map<String, List<MonthlyScore>> byCard = new LinkedHashMap<>();
        for (MonthlyScore score : records.monthly) {
            byCard.computeIfAbsent(score.person().card, card -> new ArrayList<>())
                    .add(score);
        }
        for (LeaderRow leader : records.leaders) {
            List<MonthlyScore> scores = byCard.getOrDefault(leader.person().card, List.of());
            if (scores.isEmpty()) {
                continue;
            }
            double average = scores.stream()
                    .mapToDouble(MonthlyScore::finalScore)
                    .average()
                    .orElse(0);
            long low = scores.stream()
                    .filter(m -> m.finalScore() < LOW_MONTH_BELOW)
                    .count();
            boolean good = leader.decided().rank() >= RatingLevel.GOOD.rank();
            boolean mismatch =
                    (good && (average < GOOD_MIN_AVERAGE || (double) low / scores.size() > MAX_LOW_MONTH_SHARE))
                            || (leader.decided() == RatingLevel.EXCELLENT && average < EXCELLENT_MIN_AVERAGE);
            if (mismatch) {
                found.add(Finding.person(
                        Detector.MONTHLY_ANNUAL_MISMATCH, records.year, leader.organization(), leader.person()));
            }
        }
    }
}
