package vn.danhgia.etl.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The members of one block over time: admissions, transfers in and out, deaths, moves after mergers. */
final class Population {
    private static final String[] VILLAGE_JOBS = {
        "Đảng viên", "Đảng viên", "Cán bộ hưu trí", "Nông dân", "Công an viên", "Trưởng thôn", "Giáo viên", "Kinh doanh"
    };
    private static final String[] OFFICE_JOBS = {
        "Chuyên viên", "Chuyên viên", "Cán sự", "Kế toán", "Giáo viên", "Bác sĩ", "Kỹ sư", "Công nhân", "Nhân viên"
    };

    final List<Person> people = new ArrayList<>();
    private final Structure structure;
    private final SplittableRandom random;
    private final Map<String, Unit> byCode = new LinkedHashMap<>();
    private final int cardBase;
    private final int cardCapacity;
    private int nextCard;

    Population(Structure structure, SplittableRandom random, int block, int blocks) {
        this.structure = structure;
        this.random = random;
        structure.all.forEach(unit -> byCode.put(unit.code, unit));
        this.cardCapacity = 9_000_000 / blocks;
        this.cardBase = 1_000_000 + block * cardCapacity;
    }

    /** Seeds the members present at the start of the first year, weighted by cell size. */
    void seed(int initialMembers, int firstYear) {
        List<Unit> homes = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        LocalDate start = LocalDate.of(firstYear, 1, 1);
        for (Unit org : structure.grassrootsOn(start)) {
            if (org.committee) {
                for (Unit cell : org.cells) {
                    homes.add(cell);
                    weights.add(
                            cell.type == OrgType.VILLAGE
                                    ? 1.0 + random.nextDouble() * 0.6
                                    : 0.7 + random.nextDouble() * 0.4);
                }
            } else {
                homes.add(org);
                weights.add(0.8 + random.nextDouble() * 0.9);
            }
        }
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        for (int i = 0; i < homes.size(); i++) {
            int count = Math.max(homes.get(i).cells.isEmpty() && homes.get(i).grassroots() ? 9 : 5, (int)
                    Math.round(initialMembers * weights.get(i) / total));
            for (int k = 0; k < count; k++) {
                add(
                        homes.get(i),
                        LocalDate.of(
                                firstYear - 1 - random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                        start);
            }
        }
    }

    private Person add(Unit home, LocalDate admittedOn, LocalDate now) {
        boolean village = home.type == OrgType.VILLAGE || home.type.isCommuneLevel();
        boolean male = random.nextDouble() < 0.6;
        int admittedAge = 20 + random.nextInt(16);
        int birthYear = admittedOn.getYear() - admittedAge;
        int age = now.getYear() - birthYear;
        if (!village && age > 60) {
            birthYear = now.getYear() - 30 - random.nextInt(28);
        }
        if (birthYear > admittedOn.getYear() - 18) {
            birthYear = admittedOn.getYear() - 18 - random.nextInt(10);
        }
        if (village && random.nextDouble() < 0.25) {
            birthYear = Math.min(birthYear, now.getYear() - 62 - random.nextInt(28));
        }
        if (birthYear > admittedOn.getYear() - 18) {
            admittedOn = LocalDate.of(
                    birthYear + 20 + random.nextInt(10), admittedOn.getMonthValue(), admittedOn.getDayOfMonth());
            if (admittedOn.isAfter(now)) {
                admittedOn = now.minusYears(1);
            }
        }
        LocalDate birth = LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
        int number = cardBase + nextCard++;
        if (nextCard >= cardCapacity) {
            throw new IllegalStateException("Card number space of block exhausted");
        }
        // Multiplying by a constant prime to 10^7 scatters the numbers without collisions.
        String card = String.format("0%07d", (int) (((long) number * 7_654_321L) % 10_000_000L));
        Person person = new Person(
                card,
                NameData.personName(male, random),
                male,
                birth,
                admittedOn,
                random.nextDouble(),
                random.nextGaussian());
        person.cell = home;
        person.organization = home.grassroots() ? home : byCode.get(home.parentCode);
        person.occupation = (village ? VILLAGE_JOBS : OFFICE_JOBS)
                [random.nextInt(village ? VILLAGE_JOBS.length : OFFICE_JOBS.length)];
        if (village && person.age(now.getYear()) >= 60) {
            person.occupation = "Cán bộ hưu trí";
        }
        person.position = person.occupation;
        people.add(person);
        return person;
    }

    /** Deaths, transfers out, transfers in and admissions during a year; then moves after mergers. */
    void advance(int year, boolean firstYear) {
        LocalDate review = LocalDate.of(year, 12, 1);
        List<Unit> homes = new ArrayList<>();
        for (Unit org : structure.grassrootsOn(review)) {
            if (org.committee) {
                homes.addAll(
                        org.cells.stream().filter(cell -> cell.validOn(review)).toList());
            } else {
                homes.add(org);
            }
        }
        int active = 0;
        for (Person person : people) {
            if (person.leftOn != null || firstYear) {
                continue;
            }
            active++;
            int age = person.age(year);
            double death = age >= 85 ? 0.07 : age >= 75 ? 0.035 : age >= 60 ? 0.01 : 0.001;
            double draw = random.nextDouble();
            if (draw < death || (draw < death + 0.011 && person.leaderPosition == null && age < 60)) {
                person.leftOn = LocalDate.of(year, 1 + random.nextInt(11), 1 + random.nextInt(28));
            }
        }
        if (!firstYear) {
            int admissions = (int) Math.round(active * 0.027);
            for (int i = 0; i < admissions; i++) {
                Unit home = homes.get(random.nextInt(homes.size()));
                add(home, LocalDate.of(year, 1 + random.nextInt(11), 1 + random.nextInt(28)), review);
            }
            int transfers = (int) Math.round(active * 0.011);
            for (int i = 0; i < transfers; i++) {
                Unit home = homes.get(random.nextInt(homes.size()));
                add(
                        home,
                        LocalDate.of(year - 2 - random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                        review);
            }
        }
        for (Person person : people) {
            if (person.leftOn != null) {
                continue;
            }
            Unit cell = person.cell;
            while (!cell.validOn(review) && cell.successorCode != null) {
                Unit next = byCode.get(cell.successorCode);
                if (next.grassroots() && next.committee && cell.grassroots()) {
                    // A chi bộ cơ sở that became a cell: its cell inside the new commune has the same name.
                    Unit same = next.cells.stream()
                            .filter(c -> c.name.equals(person.cell.name))
                            .findFirst()
                            .orElse(next.cells.get(0));
                    cell = same;
                } else {
                    cell = next;
                }
            }
            person.cell = cell;
            person.organization = cell.grassroots() ? cell : byCode.get(cell.parentCode);
            if (person.illYear != year && random.nextDouble() < 0.012) {
                person.illYear = year;
            }
        }
    }

    /** Active members of each grassroots organization at the review (1/12), in a stable order. */
    Map<Unit, List<Person>> membersAtReview(int year) {
        LocalDate review = LocalDate.of(year, 12, 1);
        Map<Unit, List<Person>> members = new LinkedHashMap<>();
        for (Unit org : structure.grassrootsOn(review)) {
            members.put(org, new ArrayList<>());
        }
        for (Person person : people) {
            if (person.activeOn(review) && members.containsKey(person.organization)) {
                members.get(person.organization).add(person);
            }
        }
        return members;
    }
}
