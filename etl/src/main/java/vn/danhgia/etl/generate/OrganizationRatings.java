package vn.danhgia.etl.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import vn.danhgia.core.level.RatingLevel;
import vn.danhgia.etl.generate.YearRecords.MemberRow;
import vn.danhgia.etl.generate.YearRecords.OrganizationYear;

/**
 * Background organization levels, task results and submission dates. Only organizations the year's
 * rules allow are made excellent, excellent ones have the best results of their peers, organizations
 * rated good or better meet at least 60% of their targets, and every date is inside the deadline.
 */
final class OrganizationRatings {
    private OrganizationRatings() {}

    static void assign(
            int year,
            YearRecords records,
            Set<Person> disciplined,
            Shortcomings shortcomings,
            Plan plan,
            SplittableRandom random) {
        List<OrganizationYear> orgs = new ArrayList<>(records.organizations);
        double[] draw = new double[orgs.size()];
        for (int i = 0; i < orgs.size(); i++) {
            draw[i] = orgs.get(i).unit.quality + random.nextGaussian() * 0.4;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < orgs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -draw[i]));
        int n = orgs.size();
        int excellentWanted = (int) Math.round(n * 0.17);
        int goodUntil = (int) Math.round(n * 0.85);
        int excellent = 0;
        for (int position = 0; position < n; position++) {
            OrganizationYear orgYear = orgs.get(order.get(position));
            if (excellent < excellentWanted
                    && mayBeExcellent(year, orgYear, disciplined, shortcomings)
                    && !plan.keepsFromExcellence(orgYear.unit, year)) {
                orgYear.decided = RatingLevel.EXCELLENT;
                excellent++;
            } else if (position < goodUntil) {
                orgYear.decided = RatingLevel.GOOD;
            } else {
                orgYear.decided = RatingLevel.COMPLETED;
            }
        }
        if (n >= 40 && random.nextDouble() < 0.3) {
            orgs.get(order.get(n - 1)).decided = RatingLevel.NOT_COMPLETED;
        }
        for (OrganizationYear orgYear : orgs) {
            orgYear.self = random.nextDouble() < 0.3 ? Levels.up(orgYear.decided) : orgYear.decided;
            orgYear.proposed = random.nextDouble() < 0.9 ? orgYear.decided : orgYear.self;
            orgYear.score = Ratings.score(orgYear.decided, random);
            tasks(orgYear, random);
            dates(year, orgYear, random);
        }
    }

    /** The year's rules for an excellent organization, applied strictly (both readings of 2023+). */
    static boolean mayBeExcellent(
            int year, OrganizationYear orgYear, Set<Person> disciplined, Shortcomings shortcomings) {
        List<MemberRow> rated =
                orgYear.members.stream().filter(MemberRow::rated).toList();
        if (rated.stream()
                .anyMatch(row -> disciplined.contains(row.person) || row.decided == RatingLevel.NOT_COMPLETED)) {
            return false;
        }
        long goodOrBetter = rated.stream()
                .filter(row -> row.decided.rank() >= RatingLevel.GOOD.rank())
                .count();
        if (goodOrBetter * 100 < rated.size() * 85L) {
            return false;
        }
        return year < 2025 || !shortcomings.familyHasOpen(orgYear.unit, year);
    }

    static void tasks(OrganizationYear orgYear, SplittableRandom random) {
        int total = 8 + random.nextInt(18);
        double met =
                switch (orgYear.decided) {
                    case EXCELLENT -> 1.0;
                    case GOOD -> 0.72 + random.nextDouble() * 0.26;
                    case COMPLETED -> 0.6 + random.nextDouble() * 0.3;
                    case NOT_COMPLETED -> 0.3 + random.nextDouble() * 0.25;
                };
        orgYear.targetsTotal = total;
        orgYear.targetsMet = Math.min(total, (int) Math.round(total * met));
        if (orgYear.decided == RatingLevel.GOOD && orgYear.targetsMet == total) {
            orgYear.targetsMet = total - 1;
        }
        orgYear.targetsExceeded = orgYear.decided == RatingLevel.EXCELLENT
                ? (int) Math.ceil(total * (0.3 + random.nextDouble() * 0.3))
                : (int) Math.floor(orgYear.targetsMet * random.nextDouble() * 0.25);
        orgYear.onTimeShare = orgYear.decided == RatingLevel.EXCELLENT ? 100 : 75 + random.nextInt(26);
    }

    static void dates(int year, OrganizationYear orgYear, SplittableRandom random) {
        orgYear.reviewDone = LocalDate.of(year, 11, 25).plusDays(random.nextInt(16));
        orgYear.reportSent = orgYear.reviewDone.plusDays(1 + random.nextInt(4));
        if (orgYear.reportSent.isAfter(LocalDate.of(year, 12, 15))) {
            orgYear.reportSent = LocalDate.of(year, 12, 15);
        }
    }
}
