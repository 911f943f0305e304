package vn.danhgia.etl.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.danhgia.core.level.RatingLevel;
import vn.danhgia.etl.generate.YearRecords.DisciplineEntry;
import vn.danhgia.etl.generate.YearRecords.LeaderRow;
import vn.danhgia.etl.generate.YearRecords.MemberRow;
import vn.danhgia.etl.generate.YearRecords.MonthlyScore;
import vn.danhgia.etl.generate.YearRecords.OrganizationYear;

/**
 * Recomputes the rule-based findings from the simulated data as it will load (bad rows left out),
 * the way a correct detector would. The truth is this result, so it is complete even if the
 * background did produce a case; tests check that it equals what was planted.
 */
final class Audit {
    private Audit() {}

    static Set<Finding> findings(Simulation simulation) {
        Set<Finding> found = new LinkedHashSet<>();
        for (YearRecords records : simulation.years) {
            int year = records.year;
            Map<Person, MemberRow> rowOf = new LinkedHashMap<>();
            Map<Person, Unit> orgOf = new LinkedHashMap<>();
            for (OrganizationYear o : records.organizations) {
                long excellent = 0;
                long good = 0;
                for (MemberRow row : o.members) {
                    if (!row.loads()) {
                        continue;
                    }
                    if (Plan.usesCards(o)) {
                        rowOf.put(row.person, row);
                        orgOf.put(row.person, o.unit);
                    }
                    if (row.rated()) {
                        excellent += row.decided == RatingLevel.EXCELLENT ? 1 : 0;
                        good += row.decided == RatingLevel.GOOD ? 1 : 0;
                        if (year >= 2025 && Levels.band(year, row.proposedScore) != row.decided && Plan.usesCards(o)) {
                            found.add(Finding.person(Detector.SCORE_BAND_MISMATCH, year, o.unit, row.person));
                        }
                    }
                }
                if (5 * excellent > good) {
                    found.add(Finding.unit(Detector.EXCELLENT_QUOTA, year, o.unit));
                }
                if (year >= 2025 && Levels.band(year, o.score) != o.decided) {
                    found.add(Finding.unit(Detector.SCORE_BAND_MISMATCH, year, o.unit));
                }
                if (!o.reviewDone.isBefore(LocalDate.of(year, 12, 11))) {
                    found.add(Finding.unit(Detector.LATE_REVIEW, year, o.unit));
                }
                if (!o.reportSent.isBefore(LocalDate.of(year, 12, 16))) {
                    found.add(Finding.unit(Detector.LATE_REPORT, year, o.unit));
                }
                if (o.writesSummary
                        && !java.util.Arrays.equals(
                                BadRows.summaryCounts(o),
                                o.summaryOverride == null ? BadRows.summaryCounts(o) : o.summaryOverride)) {
                    found.add(Finding.unit(Detector.SUMMARY_DETAIL_MISMATCH, year, o.unit));
                }
                outcome(records, o, found);
            }
            Set<Person> disciplinedPersons = new LinkedHashSet<>();
            for (DisciplineEntry d : records.discipline) {
                disciplinedPersons.add(d.person());
                MemberRow row = rowOf.get(d.person());
                boolean allowed = year >= 2023 && d.selfDetected();
                if (year >= 2019
                        && !allowed
                        && row != null
                        && row.rated()
                        && row.decided != RatingLevel.NOT_COMPLETED) {
                    found.add(Finding.person(
                            Detector.DISCIPLINED_NOT_DOWNGRADED, year, orgOf.get(d.person()), d.person()));
                }
            }
            for (OrganizationYear o : records.organizations) {
                if (year < 2019 || o.decided != RatingLevel.EXCELLENT) {
                    continue;
                }
                List<MemberRow> rated =
                        o.members.stream().filter(r -> r.loads() && r.rated()).toList();
                boolean blocked = year <= 2022
                        ? rated.stream().anyMatch(r -> r.decided == RatingLevel.NOT_COMPLETED)
                                || rated.stream()
                                                        .filter(r -> r.decided.rank() >= RatingLevel.GOOD.rank())
                                                        .count()
                                                * 5
                                        < rated.size() * 4L
                        : rated.stream()
                                .anyMatch(
                                        r -> disciplinedPersons.contains(r.person) && r.person.leaderPosition != null);
                if (blocked) {
                    found.add(Finding.unit(Detector.ORG_EXCELLENT_BLOCKED, year, o.unit));
                }
            }
            for (LeaderRow leader : records.leaders) {
                if (year >= 2025 && Levels.band(year, leader.score()) != leader.decided()) {
                    found.add(
                            Finding.person(Detector.SCORE_BAND_MISMATCH, year, leader.organization(), leader.person()));
                }
            }
            monthly(records, found);
            if (year >= 2025) {
                unremedied(simulation, records, rowOf, orgOf, found);
            }
        }
        simulation.plan.planted.stream()
                .filter(f -> f.detector().equals(Detector.RECURRING_SHORTCOMING))
                .forEach(found::add);
        return found;
    }

    private static void outcome(YearRecords records, OrganizationYear o, Set<Finding> found) {
        double share = (double) o.targetsMet / o.targetsTotal;
        boolean mismatch = o.decided.rank() >= RatingLevel.GOOD.rank() && share < 0.5;
        if (o.decided == RatingLevel.EXCELLENT) {
            List<Double> peers = new ArrayList<>(records.organizations.stream()
                    .filter(p -> p.unit.type == o.unit.type)
                    .map(p -> (double) p.targetsMet / p.targetsTotal)
                    .sorted()
                    .toList());
            if (peers.size() >= 4) {
                double position = 0.25 * (peers.size() - 1);
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

    private static void monthly(YearRecords records, Set<Finding> found) {
        for (LeaderRow leader : records.leaders) {
            List<MonthlyScore> scores = records.monthly.stream()
                    .filter(m -> m.person() == leader.person())
                    .toList();
            if (scores.isEmpty()) {
                continue;
            }
            double average = scores.stream()
                    .mapToDouble(MonthlyScore::finalScore)
                    .average()
                    .orElse(0);
            long low = scores.stream().filter(m -> m.finalScore() < 70).count();
            boolean mismatch =
                    (leader.decided().rank() >= RatingLevel.GOOD.rank() && (average < 70 || low * 2 > scores.size()))
                            || (leader.decided() == RatingLevel.EXCELLENT && average < 90);
            if (mismatch) {
                found.add(Finding.person(
                        Detector.MONTHLY_ANNUAL_MISMATCH, records.year, leader.organization(), leader.person()));
            }
        }
    }

    private static void unremedied(
            Simulation simulation,
            YearRecords records,
            Map<Person, MemberRow> rowOf,
            Map<Person, Unit> orgOf,
            Set<Finding> found) {
        Shortcomings shortcomings = simulation.shortcomings;
        for (OrganizationYear o : records.organizations) {
            if (o.decided == RatingLevel.EXCELLENT && shortcomings.familyHasOpen(o.unit, records.year)) {
                found.add(Finding.unit(Detector.EXCELLENT_UNREMEDIED, records.year, o.unit));
            }
        }
        for (Person person : shortcomings.openPersons(records.year)) {
            MemberRow row = rowOf.get(person);
            boolean leaderExcellent = records.leaders.stream()
                    .anyMatch(l -> l.person() == person && l.decided() == RatingLevel.EXCELLENT);
            if ((row != null && row.rated() && row.decided == RatingLevel.EXCELLENT) || leaderExcellent) {
                found.add(Finding.person(
                        Detector.EXCELLENT_UNREMEDIED,
                        records.year,
                        orgOf.getOrDefault(person, person.organization),
                        person));
            }
        }
    }
}
