package vn.danhgia.etl.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import vn.danhgia.core.level.RatingLevel;
import vn.danhgia.etl.generate.YearRecords.MemberRow;
import vn.danhgia.etl.generate.YearRecords.OrganizationYear;
import vn.danhgia.etl.generate.YearRecords.Status;

/**
 * Chooses each member list's layout, plants bad rows (about 0.4% of member rows) where their
 * rejection cannot change any finding, and decides the summary forms (with planted disagreements).
 */
final class BadRows {
    static final String UNKNOWN_LEVEL = "unknown_level";
    static final String DUPLICATE_CARD = "duplicate_card_number";
    static final String MISSING_NAME = "missing_name";
    static final String IMPOSSIBLE_BIRTH_YEAR = "impossible_birth_year";
    /** Rate inside the organization-years that carry bad rows (about a third of them); eligible rows only, so overall about 0.4%. */
    static final double RATE = 0.017;

    private final Plan plan;
    private final int year;
    private final YearRecords records;
    private final SplittableRandom random;

    BadRows(Plan plan, int year, YearRecords records) {
        this.plan = plan;
        this.year = year;
        this.records = records;
        this.random = plan.random;
    }

    void plant() {
        Set<String> planted = plan.planted.stream()
                .filter(f -> f.year() == year)
                .map(Finding::unitCode)
                .collect(Collectors.toSet());
        Set<String> disciplined =
                records.discipline.stream().map(d -> d.person().card).collect(Collectors.toSet());
        int summaryMismatches = plan.scheduled(Detector.SUMMARY_DETAIL_MISMATCH, year);
        for (OrganizationYear o : records.organizations) {
            boolean personPlants = plan.planted.stream()
                    .anyMatch(f -> f.year() == year
                            && f.unitCode().equals(o.unit.code)
                            && !f.subject().isEmpty());
            o.layout = layout(o, personPlants);
            boolean clean = random.nextDouble() < 0.35
                    && !planted.contains(o.unit.code)
                    && !plan.reserved(o.unit, year)
                    && o.decided != RatingLevel.EXCELLENT
                    && o.layout != MemberLayout.X_MARK;
            if (clean) {
                List<MemberRow> extra = new ArrayList<>();
                for (MemberRow row : o.members) {
                    if (random.nextDouble() >= RATE
                            || row.person.leaderPosition != null
                            || disciplined.contains(row.person.card)
                            || !row.loads()) {
                        continue;
                    }
                    boolean goodRow = row.rated() && row.decided == RatingLevel.GOOD;
                    if (row.status == Status.EXEMPT || (goodRow && roomForOneLessGood(o))) {
                        int kind = random.nextInt(4);
                        if (kind == 3) {
                            MemberRow copy = new MemberRow(row.person, row.cell, row.position);
                            copy.status = row.status;
                            copy.self = row.self;
                            copy.proposed = row.proposed;
                            copy.decided = row.decided;
                            copy.selfScore = row.selfScore;
                            copy.proposedScore = row.proposedScore;
                            copy.note = row.note;
                            copy.badReason = DUPLICATE_CARD;
                            copy.writtenName = NameData.personName(random.nextBoolean(), random);
                            extra.add(copy);
                        } else if (kind == 0 && row.rated()) {
                            row.badReason = UNKNOWN_LEVEL;
                        } else {
                            row.badReason = kind == 1 ? MISSING_NAME : IMPOSSIBLE_BIRTH_YEAR;
                        }
                    }
                }
                o.members.addAll(extra);
            }
            o.writesSummary = o.unit.committee && !o.hasBadRows();
            if (o.writesSummary && summaryMismatches > 0 && !planted.contains(o.unit.code) && random.nextInt(3) == 0) {
                int[] counts = summaryCounts(o);
                int field = 4 + random.nextInt(2);
                counts[field] += 1 + random.nextInt(2);
                counts[1] += counts[field] - summaryCounts(o)[field];
                counts[0] = counts[1] + counts[2] + counts[3];
                o.summaryOverride = counts;
                plan.planted.add(Finding.unit(Detector.SUMMARY_DETAIL_MISMATCH, year, o.unit));
                summaryMismatches--;
            }
        }
    }

    private static boolean roomForOneLessGood(OrganizationYear o) {
        long excellent = o.members.stream()
                .filter(r -> r.rated() && r.loads() && r.decided == RatingLevel.EXCELLENT)
                .count();
        long good = o.members.stream()
                .filter(r -> r.rated() && r.loads() && r.decided == RatingLevel.GOOD)
                .count();
        long others = o.members.stream()
                .filter(r -> r.rated() && r.loads() && r.decided.rank() < RatingLevel.GOOD.rank())
                .count();
        return 5 * excellent <= good - 2 && others >= 1;
    }

    private MemberLayout layout(OrganizationYear o, boolean personPlants) {
        if (year >= 2025) {
            if (!o.unit.committee) {
                return MemberLayout.SCORED;
            }
            return random.nextInt(5) < 3 ? MemberLayout.SCORED_SHEET_PER_CELL : MemberLayout.SCORED_CELL_GROUPS;
        }
        if (year == 2023 && !o.unit.committee && !personPlants && random.nextBoolean()) {
            return MemberLayout.X_MARK;
        }
        return random.nextInt(100) < 8 ? MemberLayout.CSV : MemberLayout.CLASSIC;
    }

    /** total, rated, exempt, not rated, excellent, good, completed, not completed: over rows that load. */
    static int[] summaryCounts(OrganizationYear o) {
        int[] counts = new int[8];
        for (MemberRow row : o.members) {
            if (!row.loads()) {
                continue;
            }
            counts[0]++;
            switch (row.status) {
                case RATED -> {
                    counts[1]++;
                    counts[4 + (4 - row.decided.rank())]++;
                }
                case EXEMPT -> counts[2]++;
                case NEW_MEMBER -> counts[3]++;
            }
        }
        return counts;
    }
}
