package vn.danhgia.etl.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import vn.danhgia.core.level.RatingLevel;
import vn.danhgia.etl.generate.YearRecords.MemberRow;
import vn.danhgia.etl.generate.YearRecords.MonthlyScore;
import vn.danhgia.etl.generate.YearRecords.OrganizationYear;
import vn.danhgia.etl.generate.YearRecords.Shortcoming;

/** Plants the single-year anomalies of one year on top of the background. */
final class YearPlanter {
    private final Plan plan;
    private final int year;
    private final YearRecords records;
    private final Set<Person> disciplined;
    private final Set<Person> selfDetected;
    private final Shortcomings shortcomings;
    private final Simulation simulation;
    private final SplittableRandom random;
    /** Organizations already carrying an organization-level plant this year. */
    private final Set<Unit> used = new LinkedHashSet<>();
    /** People with an unremedied shortcoming (2025 on): never raised to excellent by another plant. */
    private final Set<Person> open;

    YearPlanter(
            Plan plan,
            int year,
            YearRecords records,
            Set<Person> disciplined,
            Set<Person> selfDetected,
            Shortcomings shortcomings,
            Simulation simulation) {
        this.plan = plan;
        this.year = year;
        this.records = records;
        this.disciplined = disciplined;
        this.selfDetected = selfDetected;
        this.shortcomings = shortcomings;
        this.simulation = simulation;
        this.random = plan.random;
        this.open = shortcomings.openPersons(year);
    }

    private List<OrganizationYear> candidates() {
        List<OrganizationYear> list = new ArrayList<>(records.organizations.stream()
                .filter(o -> !used.contains(o.unit) && !plan.reserved(o.unit, year))
                .toList());
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            OrganizationYear swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
        return list;
    }

    private static long count(OrganizationYear o, RatingLevel level) {
        return o.members.stream().filter(r -> r.rated() && r.decided == level).count();
    }

    private static boolean quotaRoom(OrganizationYear o, int moreExcellent, int lessGood) {
        return 5 * (count(o, RatingLevel.EXCELLENT) + moreExcellent) <= count(o, RatingLevel.GOOD) - lessGood;
    }

    private boolean plainMember(MemberRow row) {
        return row.rated()
                && row.person.leaderPosition == null
                && !disciplined.contains(row.person)
                && !open.contains(row.person);
    }

    private void setLevel(MemberRow row, RatingLevel level) {
        row.decided = level;
        row.proposed = year >= 2025 ? Levels.band(year, row.proposedScore) : level;
        if (year >= 2025 && Levels.band(year, row.proposedScore) != level && level != RatingLevel.EXCELLENT) {
            row.proposedScore = Ratings.score(level, random);
            row.proposed = level;
        }
        if (year >= 2025 && level == RatingLevel.EXCELLENT && row.proposedScore < 90) {
            row.proposedScore = Ratings.score(RatingLevel.EXCELLENT, random);
            row.proposed = RatingLevel.EXCELLENT;
        }
        if (row.self.rank() < level.rank()) {
            row.self = level;
        }
        if (year >= 2025) {
            row.selfScore = Math.max(row.selfScore, row.proposedScore);
        }
    }

    private void makeExcellentOrg(OrganizationYear o) {
        o.decided = RatingLevel.EXCELLENT;
        o.self = RatingLevel.EXCELLENT;
        o.proposed = RatingLevel.EXCELLENT;
        o.score = Ratings.score(RatingLevel.EXCELLENT, random);
        OrganizationRatings.tasks(o, random);
    }

    void plant() {
        quota();
        disciplinedNotDowngraded();
        orgExcellentBlocked();
        if (year == 2025) {
            scoreBand();
            unremedied();
        }
        if (year == 2024 && plan.options.toYear() >= 2025) {
            pickUnremediedLeader();
        }
        outcome();
        recurring();
        late();
    }

    private void quota() {
        int wanted = plan.scheduled(Detector.EXCELLENT_QUOTA, year);
        for (OrganizationYear o : candidates()) {
            long rated = o.members.stream().filter(MemberRow::rated).count();
            if (wanted == 0) {
                break;
            }
            if (rated < 10 || rated > 80 || o.decided == RatingLevel.EXCELLENT) {
                continue;
            }
            for (MemberRow row : o.members) {
                if (!quotaRoom(o, 0, 0)) {
                    break;
                }
                if (plainMember(row) && row.decided == RatingLevel.GOOD) {
                    setLevel(row, RatingLevel.EXCELLENT);
                }
            }
            if (!quotaRoom(o, 0, 0)) {
                used.add(o.unit);
                plan.planted.add(Finding.unit(Detector.EXCELLENT_QUOTA, year, o.unit));
                wanted--;
            }
        }
    }

    private void disciplinedNotDowngraded() {
        int wanted = plan.scheduled(Detector.DISCIPLINED_NOT_DOWNGRADED, year);
        for (OrganizationYear o : candidates()) {
            if (wanted == 0) {
                break;
            }
            for (MemberRow row : o.members) {
                if (row.rated()
                        && disciplined.contains(row.person)
                        && !selfDetected.contains(row.person)
                        && row.decided == RatingLevel.NOT_COMPLETED) {
                    setLevel(row, random.nextBoolean() ? RatingLevel.GOOD : RatingLevel.COMPLETED);
                    used.add(o.unit);
                    plan.planted.add(Finding.person(Detector.DISCIPLINED_NOT_DOWNGRADED, year, o.unit, row.person));
                    wanted--;
                    break;
                }
            }
        }
    }

    private void orgExcellentBlocked() {
        int wanted = plan.scheduled(Detector.ORG_EXCELLENT_BLOCKED, year);
        for (OrganizationYear o : candidates()) {
            if (wanted == 0) {
                break;
            }
            if (o.decided != RatingLevel.GOOD || (year >= 2025 && shortcomings.familyHasOpen(o.unit, year))) {
                continue;
            }
            MemberRow leader = o.members.stream()
                    .filter(r -> r.rated()
                            && r.person.leaderPosition != null
                            && r.person.leaderPosition.startsWith("Bí thư"))
                    .findFirst()
                    .orElse(null);
            if (leader == null || disciplined.contains(leader.person)) {
                continue;
            }
            // A disciplined secretary blocks excellence under every rule set from 2019 (not completed before 2023).
            simulation.disciplinePlanted(records, leader.person, o.unit, disciplined);
            RatingLevel self = leader.self;
            leader.decided = RatingLevel.NOT_COMPLETED;
            leader.proposed = RatingLevel.NOT_COMPLETED;
            leader.self = self;
            leader.proposedScore = Ratings.score(RatingLevel.NOT_COMPLETED, random);
            leader.note = "Bị kỷ luật trong năm " + year;
            fixQuota(o);
            makeExcellentOrg(o);
            used.add(o.unit);
            plan.planted.add(Finding.unit(Detector.ORG_EXCELLENT_BLOCKED, year, o.unit));
            wanted--;
        }
    }

    private void fixQuota(OrganizationYear o) {
        for (MemberRow row : o.members) {
            if (quotaRoom(o, 0, 0)) {
                return;
            }
            if (plainMember(row) && row.decided == RatingLevel.EXCELLENT) {
                row.decided = RatingLevel.GOOD;
                row.proposed = RatingLevel.GOOD;
                row.proposedScore = Ratings.score(RatingLevel.GOOD, random);
            }
        }
    }

    private void scoreBand() {
        int wanted = Plan.COUNTS.get(Detector.SCORE_BAND_MISMATCH);
        int members = wanted - 2;
        for (OrganizationYear o : candidates()) {
            if (members == 0) {
                break;
            }
            for (MemberRow row : o.members) {
                boolean leaderWanted = members <= 2;
                if (row.rated()
                        && row.decided == RatingLevel.GOOD
                        && !disciplined.contains(row.person)
                        && !open.contains(row.person)
                        && (row.person.leaderPosition != null) == leaderWanted
                        && quotaRoom(o, 1, 1)) {
                    row.proposedScore = Ratings.round1(85 + random.nextDouble() * 4.8);
                    row.proposed = RatingLevel.GOOD;
                    row.decided = RatingLevel.EXCELLENT;
                    row.selfScore = Math.max(row.selfScore, row.proposedScore);
                    used.add(o.unit);
                    plan.planted.add(Finding.person(Detector.SCORE_BAND_MISMATCH, year, o.unit, row.person));
                    members--;
                    break;
                }
            }
        }
        int orgs = 0;
        for (OrganizationYear o : candidates()) {
            if (orgs == 2) {
                break;
            }
            if (orgs == 0 && o.decided == RatingLevel.GOOD) {
                o.score = Ratings.round1(90.5 + random.nextDouble() * 4);
            } else if (orgs == 1 && o.decided == RatingLevel.EXCELLENT) {
                o.score = Ratings.round1(85 + random.nextDouble() * 4.5);
            } else {
                continue;
            }
            used.add(o.unit);
            plan.planted.add(Finding.unit(Detector.SCORE_BAND_MISMATCH, year, o.unit));
            orgs++;
        }
    }

    private void unremedied() {
        for (OrganizationYear o : records.organizations) {
            if (plan.unremedied.contains(o.unit) && shortcomings.familyHasOpen(o.unit, year)) {
                makeExcellentOrg(o);
                plan.planted.add(Finding.unit(Detector.EXCELLENT_UNREMEDIED, year, o.unit));
            }
        }
        Person leader = plan.unremediedLeader;
        if (leader == null) {
            return;
        }
        for (OrganizationYear o : records.organizations) {
            for (MemberRow row : o.members) {
                if (row.person == leader
                        && row.rated()
                        && row.loads()
                        && !disciplined.contains(leader)
                        && row.decided == RatingLevel.GOOD
                        && quotaRoom(o, 1, 1)) {
                    setLevel(row, RatingLevel.EXCELLENT);
                    plan.planted.add(Finding.person(Detector.EXCELLENT_UNREMEDIED, year, o.unit, leader));
                    used.add(o.unit);
                }
            }
        }
    }

    private void pickUnremediedLeader() {
        for (OrganizationYear o : candidates()) {
            if (o.unit.unstable) {
                continue;
            }
            for (MemberRow row : o.members) {
                if (row.rated()
                        && row.person.leaderPosition != null
                        && row.person.age(year) < 58
                        && !disciplined.contains(row.person)) {
                    Shortcoming s = shortcomings.add(year, o.unit, row.person, records, true);
                    if (s != null) {
                        plan.unremediedLeader = row.person;
                        used.add(o.unit);
                        return;
                    }
                }
            }
        }
    }

    private void outcome() {
        int wanted = plan.scheduled(Detector.RATING_OUTCOME_MISMATCH, year);
        int lowGood = (wanted + 1) / 2;
        for (OrganizationYear o : candidates()) {
            if (wanted == 0) {
                break;
            }
            if (lowGood > 0 && o.decided == RatingLevel.GOOD) {
                o.targetsMet = (int) Math.floor(o.targetsTotal * 0.42);
                o.targetsExceeded = 0;
                o.onTimeShare = 40 + random.nextInt(20);
                lowGood--;
            } else if (lowGood == 0 && o.decided == RatingLevel.EXCELLENT) {
                List<OrganizationYear> peers = records.organizations.stream()
                        .filter(p -> p != o && p.unit.type == o.unit.type)
                        .toList();
                if (peers.size() < 5) {
                    continue;
                }
                double min = peers.stream()
                        .mapToDouble(p -> (double) p.targetsMet / p.targetsTotal)
                        .min()
                        .orElse(0);
                int met = (int) Math.floor(o.targetsTotal * (min - 0.05));
                if (met < o.targetsTotal * 0.5 + 0.01) {
                    continue;
                }
                o.targetsMet = met;
                o.targetsExceeded = 0;
                o.onTimeShare = 70 + random.nextInt(10);
            } else {
                continue;
            }
            used.add(o.unit);
            plan.planted.add(Finding.unit(Detector.RATING_OUTCOME_MISMATCH, year, o.unit));
            wanted--;
        }
    }

    private void recurring() {
        int wanted = plan.scheduled(Detector.RECURRING_SHORTCOMING, year);
        List<Shortcoming> earlier = new ArrayList<>(shortcomings.all.stream()
                .filter(s -> s.year == year - 1 && !s.status.equals(Shortcomings.REMEDIED) && !plan.forcedOpen(s))
                .toList());
        Set<String> targets = new LinkedHashSet<>();
        for (Shortcoming s : earlier) {
            if (wanted == 0) {
                break;
            }
            Unit target = s.organization;
            while (target != null && !target.validOn(LocalDate.of(year, 12, 1))) {
                target = target.successorCode == null ? null : shortcomings.unit(target.successorCode);
            }
            final Unit unit = target;
            OrganizationYear o = unit == null
                    ? null
                    : records.organizations.stream()
                            .filter(x -> x.unit == unit)
                            .findFirst()
                            .orElse(null);
            if (o == null
                    || plan.reserved(unit, year)
                    || !targets.add(unit.code + "/" + (s.person == null ? "" : s.person.card))) {
                continue;
            }
            if (s.person != null && o.members.stream().noneMatch(r -> r.person == s.person && r.rated())) {
                continue;
            }
            shortcomings.recur(year, s, unit, records);
            plan.planted.add(
                    s.person == null
                            ? Finding.unit(Detector.RECURRING_SHORTCOMING, year, unit)
                            : Finding.person(Detector.RECURRING_SHORTCOMING, year, unit, s.person));
            wanted--;
        }
    }

    private void late() {
        int review = plan.scheduled(Detector.LATE_REVIEW, year);
        int report = plan.scheduled(Detector.LATE_REPORT, year);
        for (OrganizationYear o : candidates()) {
            if (review > 0) {
                o.reviewDone = LocalDate.of(year, 12, 11 + random.nextInt(6));
                o.reportSent = LocalDate.of(year, 12, 15);
                plan.planted.add(Finding.unit(Detector.LATE_REVIEW, year, o.unit));
                review--;
            } else if (report > 0) {
                o.reportSent = LocalDate.of(year, 12, 16 + random.nextInt(7));
                plan.planted.add(Finding.unit(Detector.LATE_REPORT, year, o.unit));
                report--;
            }
        }
    }

    static void plantMonthly(Plan plan, int year, YearRecords records) {
        int wanted = plan.scheduled(Detector.MONTHLY_ANNUAL_MISMATCH, year);
        Set<Person> done = new LinkedHashSet<>();
        for (YearRecords.LeaderRow leader : records.leaders) {
            if (wanted == 0 || year < 2022) {
                break;
            }
            if (plan.random.nextInt(4) != 0
                    || (leader.decided() != RatingLevel.GOOD && leader.decided() != RatingLevel.EXCELLENT)) {
                continue;
            }
            boolean excellent = leader.decided() == RatingLevel.EXCELLENT;
            List<MonthlyScore> monthly = records.monthly;
            for (int i = 0; i < monthly.size(); i++) {
                MonthlyScore score = monthly.get(i);
                if (score.person() == leader.person()) {
                    double value = Math.round(
                                    (excellent ? 81 + plan.random.nextDouble() * 7 : 58 + plan.random.nextDouble() * 10)
                                            * 2)
                            / 2.0;
                    monthly.set(
                            i,
                            new MonthlyScore(
                                    score.person(),
                                    score.organization(),
                                    score.position(),
                                    score.month(),
                                    Ratings.round1(Math.min(100, value + plan.random.nextDouble() * 4)),
                                    value));
                }
            }
            done.add(leader.person());
            plan.planted.add(
                    Finding.person(Detector.MONTHLY_ANNUAL_MISMATCH, year, leader.organization(), leader.person()));
            wanted--;
        }
    }

    static void plantBadRowsAndSummaries(Plan plan, int year, YearRecords records) {
        new BadRows(plan, year, records).plant();
    }
}
