package vn.danhgia.etl.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import vn.danhgia.core.level.RatingLevel;
import vn.danhgia.etl.generate.Ratings.Bend;
import vn.danhgia.etl.generate.YearRecords.DisciplineEntry;
import vn.danhgia.etl.generate.YearRecords.LeaderRow;
import vn.danhgia.etl.generate.YearRecords.MemberRow;
import vn.danhgia.etl.generate.YearRecords.MonthlyScore;
import vn.danhgia.etl.generate.YearRecords.OrganizationYear;
import vn.danhgia.etl.generate.YearRecords.Status;

/** Simulates one block year by year (background first, then the planted anomalies of the year). */
final class Simulation {
    static final String[] FORMS = {"Khiển trách", "Cảnh cáo", "Cách chức", "Khai trừ"};
    private static final String[] VIOLATIONS = {
        "Thiếu trách nhiệm trong thực hiện nhiệm vụ được giao", "Vi phạm chính sách dân số",
        "Vi phạm những điều đảng viên không được làm", "Vi phạm quy định về quản lý đất đai",
        "Vi phạm quy định về sinh hoạt đảng"
    };

    final Structure structure;
    final Population population;
    final Plan plan;
    final List<YearRecords> years = new ArrayList<>();
    final Shortcomings shortcomings;
    private final GeneratorOptions options;
    private final SplittableRandom random;
    private int nextOfficial = 1;

    Simulation(GeneratorOptions options, int block, SplittableRandom random) {
        this.options = options;
        this.random = random;
        this.structure = Structure.build(options.scale(), block, random.split());
        this.population =
                new Population(structure, random.split(), block, options.scale().blocks());
        for (Unit org : structure.all) {
            org.quality = random.nextGaussian();
            org.excellentShare = 0.115 + random.nextDouble() * 0.04;
            org.completedShare = 0.05 + random.nextDouble() * 0.035;
        }
        this.plan = new Plan(options, structure, random.split());
        this.shortcomings = new Shortcomings(structure, plan, options, random.split());
    }

    void run() {
        population.seed(options.scale().initialMembers(), options.fromYear());
        for (int year = options.fromYear(); year <= options.toYear(); year++) {
            population.advance(year, year == options.fromYear());
            years.add(simulateYear(year));
        }
    }

    private YearRecords simulateYear(int year) {
        YearRecords records = new YearRecords(year);
        Map<Unit, List<Person>> members = population.membersAtReview(year);
        updateLeaders(year, members);
        Set<Person> disciplined = new LinkedHashSet<>();
        Set<Person> selfDetected = new LinkedHashSet<>();
        discipline(year, members, records, disciplined, selfDetected);
        shortcomings.assessPrevious(year);
        Set<Person> noExcellence = shortcomings.openPersons(year);
        for (Map.Entry<Unit, List<Person>> entry : members.entrySet()) {
            Unit org = entry.getKey();
            OrganizationYear orgYear = new OrganizationYear(org);
            for (Person person : entry.getValue()) {
                if (person.leftOn != null && !person.leftOn.isAfter(LocalDate.of(year, 12, 1))) {
                    continue;
                }
                MemberRow row = new MemberRow(
                        person, person.cell, person.leaderPosition != null ? person.leaderPosition : person.position);
                row.status = status(person, year);
                if (row.status == Status.EXEMPT) {
                    row.note = person.illYear == year ? "Ốm đau dài ngày" : "Tuổi cao, sức yếu";
                } else if (row.status == Status.NEW_MEMBER) {
                    row.note = "Kết nạp tháng " + person.admittedOn.getMonthValue() + "/" + year + " (chưa đủ 6 tháng)";
                }
                if (disciplined.contains(person)) {
                    row.note = "Bị kỷ luật trong năm " + year;
                }
                orgYear.members.add(row);
            }
            Bend bend = plan.bend(org, year);
            Ratings.assign(
                    year,
                    orgYear.members,
                    org,
                    bend,
                    plan.inflationShare(org, year),
                    disciplined,
                    selfDetected,
                    noExcellence,
                    random);
            records.organizations.add(orgYear);
        }
        OrganizationRatings.assign(year, records, disciplined, shortcomings, plan, random);
        shortcomings.name(year, records);
        plan.plantYear(year, records, disciplined, selfDetected, shortcomings, this);
        leadersAndMonthly(year, records);
        plan.plantMonthly(year, records);
        plan.plantBadRowsAndSummaries(year, records);
        return records;
    }

    private Status status(Person person, int year) {
        if (person.admittedOn.isAfter(LocalDate.of(year, 6, 1))) {
            return Status.NEW_MEMBER;
        }
        int age = person.age(year);
        if (person.leaderPosition == null
                && (person.illYear == year
                        || (age >= 80 && person.exemptionDraw < 0.85)
                        || (age >= 70 && person.exemptionDraw < 0.3))) {
            return Status.EXEMPT;
        }
        return Status.RATED;
    }

    private void updateLeaders(int year, Map<Unit, List<Person>> members) {
        for (Map.Entry<Unit, List<Person>> entry : members.entrySet()) {
            Unit org = entry.getKey();
            List<String> positions = leaderPositions(org);
            List<Person> current = new ArrayList<>();
            for (Person person : entry.getValue()) {
                if (person.leaderPosition != null
                        && (person.age(year) > 60 || !positions.contains(person.leaderPosition))) {
                    person.leaderPosition = null;
                }
                if (person.leaderPosition != null) {
                    current.add(person);
                }
            }
            for (String position : positions) {
                if (current.stream().anyMatch(p -> position.equals(p.leaderPosition))) {
                    continue;
                }
                List<Person> candidates = entry.getValue().stream()
                        .filter(p -> p.leaderPosition == null
                                && p.age(year) >= 30
                                && p.age(year) <= 55
                                && p.admittedOn.isBefore(LocalDate.of(year - 2, 1, 1))
                                && p.illYear != year)
                        .toList();
                if (candidates.isEmpty()) {
                    continue;
                }
                Person chosen = candidates.get(random.nextInt(candidates.size()));
                chosen.leaderPosition = position;
                if (chosen.officialCode == null) {
                    chosen.officialCode = String.format("CB%d%04d", plan.block + 1, nextOfficial++);
                }
            }
        }
    }

    static List<String> leaderPositions(Unit org) {
        String secretary = org.committee ? "Bí thư Đảng ủy" : "Bí thư Chi bộ";
        return switch (org.type) {
            case COMMUNE, TOWNSHIP ->
                List.of(secretary, "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch UBND " + org.type.namePart());
            case AGENCY -> List.of(secretary, "Trưởng phòng");
            case PUBLIC_SERVICE -> List.of(secretary, "Giám đốc, Hiệu trưởng");
            case ENTERPRISE -> List.of(secretary, "Giám đốc");
            default -> List.of(secretary, "Chỉ huy trưởng");
        };
    }

    private void discipline(
            int year,
            Map<Unit, List<Person>> members,
            YearRecords records,
            Set<Person> disciplined,
            Set<Person> selfDetected) {
        int decision = 1;
        for (Map.Entry<Unit, List<Person>> entry : members.entrySet()) {
            Unit org = entry.getKey();
            if (plan.noDiscipline(org, year)) {
                continue;
            }
            for (Person person : entry.getValue()) {
                if (person.leaderPosition != null
                        || person.admittedOn.isAfter(LocalDate.of(year, 6, 1))
                        || random.nextDouble() >= 0.0045) {
                    continue;
                }
                double draw = random.nextDouble();
                String form = draw < 0.78 ? FORMS[0] : draw < 0.93 ? FORMS[1] : draw < 0.95 ? FORMS[2] : FORMS[3];
                LocalDate date = LocalDate.of(year, 1 + random.nextInt(10), 1 + random.nextInt(28));
                boolean self = year >= 2023 && !form.equals(FORMS[3]) && random.nextDouble() < 0.2;
                records.discipline.add(new DisciplineEntry(
                        person,
                        org,
                        form,
                        date,
                        (decision++ * 7 % 97 + 1) + "-QĐ/UBKT",
                        VIOLATIONS[random.nextInt(VIOLATIONS.length)],
                        self));
                if (form.equals(FORMS[3])) {
                    person.leftOn = date.plusDays(1);
                } else {
                    disciplined.add(person);
                    if (self) {
                        selfDetected.add(person);
                    }
                }
            }
        }
    }

    /** Adds a discipline entry for a planted case (a leader or member disciplined in the year). */
    void disciplinePlanted(YearRecords records, Person person, Unit org, Set<Person> disciplined) {
        LocalDate date = LocalDate.of(records.year, 3 + random.nextInt(7), 1 + random.nextInt(28));
        records.discipline.add(new DisciplineEntry(
                person, org, FORMS[0], date, (90 + random.nextInt(9)) + "-QĐ/UBKT", VIOLATIONS[0], false));
        disciplined.add(person);
    }

    private void leadersAndMonthly(int year, YearRecords records) {
        for (OrganizationYear orgYear : records.organizations) {
            for (MemberRow row : orgYear.members) {
                Person person = row.person;
                if (person.leaderPosition == null || !row.rated() || !row.loads()) {
                    continue;
                }
                records.leaders.add(new LeaderRow(
                        person, orgYear.unit, person.leaderPosition, row.self, row.decided, row.proposedScore));
                if (year < 2022) {
                    continue;
                }
                int months = year == 2025 ? 11 : 12;
                for (int month = 1; month <= months; month++) {
                    double score = monthlyScore(row.decided);
                    double self = Ratings.round1(Math.min(100, score + random.nextDouble() * 5));
                    records.monthly.add(
                            new MonthlyScore(person, orgYear.unit, person.leaderPosition, month, self, score));
                }
            }
        }
    }

    /** Monthly scores (halves) consistent with the annual level: A for excellent, B for good. */
    double monthlyScore(RatingLevel level) {
        double value =
                switch (level) {
                    case EXCELLENT -> 91 + random.nextDouble() * 7;
                    case GOOD ->
                        random.nextDouble() < 0.08 ? 68 + random.nextDouble() * 1.5 : 75 + random.nextDouble() * 14;
                    case COMPLETED -> 62 + random.nextDouble() * 14;
                    case NOT_COMPLETED -> 45 + random.nextDouble() * 20;
                };
        return Math.round(value * 2) / 2.0;
    }
}
