package vn.danhgia.etl.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import vn.danhgia.etl.generate.Ratings.Bend;
import vn.danhgia.etl.generate.YearRecords.OrganizationYear;
import vn.danhgia.etl.generate.YearRecords.Shortcoming;

/**
 * Which anomalies are planted where. Multi-year effects (rubber stamp, compression, inflation) go to
 * organizations whose code never changes and end in the last year of the run, so "the last year of
 * the run" means the same under either reading. Single-year plants are spread over the eligible years.
 */
final class Plan {
    /** Planted instances per district-sized block. */
    static final Map<String, Integer> COUNTS = new LinkedHashMap<>();

    static {
        COUNTS.put(Detector.EXCELLENT_QUOTA, 6);
        COUNTS.put(Detector.DISCIPLINED_NOT_DOWNGRADED, 5);
        COUNTS.put(Detector.ORG_EXCELLENT_BLOCKED, 4);
        COUNTS.put(Detector.SCORE_BAND_MISMATCH, 8);
        COUNTS.put(Detector.EXCELLENT_UNREMEDIED, 3);
        COUNTS.put(Detector.RUBBER_STAMP, 3);
        COUNTS.put(Detector.LENIENCY_OUTLIER, 4);
        COUNTS.put(Detector.RATING_COMPRESSION, 3);
        COUNTS.put(Detector.INFLATION_TREND, 3);
        COUNTS.put(Detector.RATING_OUTCOME_MISMATCH, 5);
        COUNTS.put(Detector.MONTHLY_ANNUAL_MISMATCH, 6);
        COUNTS.put(Detector.RECURRING_SHORTCOMING, 8);
        COUNTS.put(Detector.LATE_REVIEW, 10);
        COUNTS.put(Detector.LATE_REPORT, 10);
        COUNTS.put(Detector.SUMMARY_DETAIL_MISMATCH, 6);
    }

    static final int RUBBER_YEARS = 3;
    static final int COMPRESSION_YEARS = 3;
    static final int INFLATION_YEARS = 4;
    private static final double[] INFLATION_SHARES = {0.02, 0.06, 0.11, 0.16};

    final int block;
    final GeneratorOptions options;
    final SplittableRandom random;
    final List<Unit> rubber = new ArrayList<>();
    final List<Unit> compression = new ArrayList<>();
    final List<Unit> inflation = new ArrayList<>();
    final List<Unit> unremedied = new ArrayList<>();
    final Map<Integer, List<Unit>> leniency = new LinkedHashMap<>();
    /** Detector → the years of its single-year plants. */
    final Map<String, List<Integer>> schedule = new LinkedHashMap<>();

    final Set<Shortcoming> forcedOpen = new LinkedHashSet<>();
    final List<Finding> planted = new ArrayList<>();
    Person unremediedLeader;

    Plan(GeneratorOptions options, Structure structure, SplittableRandom random) {
        this.options = options;
        this.random = random;
        this.block = structure.prefix.isEmpty()
                ? 0
                : Integer.parseInt(structure.prefix.substring(1, structure.prefix.length() - 1)) - 1;
        List<Unit> stable = new ArrayList<>(
                structure.others.stream().filter(unit -> !unit.unstable).toList());
        List<Unit> committees = new ArrayList<>();
        List<Unit> small = new ArrayList<>();
        // Inflation starts at 2% excellent and compression has none: too many of them in one unit type
        // would drag the peers' share down so far that an ordinary organization of the type looks lenient
        // (leniency_outlier pools the peers). Draw again until each type keeps at most a third planted; the
        // first draw stands when it does, so most seeds keep the organizations they always had.
        // (A test-scale block has too few organizations per type for that: its first draw stands.)
        boolean room = roomPerType(structure) >= count(Detector.INFLATION_TREND) + count(Detector.RATING_COMPRESSION);
        for (int attempt = 0; attempt == 0 || (room && crowded(structure) && attempt < 100); attempt++) {
            inflation.clear();
            compression.clear();
            committees = new ArrayList<>(
                    stable.stream().filter(unit -> unit.committee).toList());
            small = new ArrayList<>(
                    stable.stream().filter(unit -> !unit.committee).toList());
            take(committees, inflation, count(Detector.INFLATION_TREND));
            take(small, compression, count(Detector.RATING_COMPRESSION));
        }
        List<Unit> rest = new ArrayList<>(small);
        rest.addAll(committees);
        take(rest, rubber, count(Detector.RUBBER_STAMP));
        if (options.toYear() >= 2025 && options.fromYear() <= 2024) {
            take(rest, unremedied, count(Detector.EXCELLENT_UNREMEDIED) - 1);
        }
        List<Unit> lenient = new ArrayList<>(committees);
        lenient.addAll(structure.communes.stream()
                .filter(unit -> unit.validFrom.equals(Structure.FOUNDED) && unit.type == OrgType.COMMUNE)
                .toList());
        int removed = 0;
        for (int i = 0; i < count(Detector.LENIENCY_OUTLIER) && !lenient.isEmpty(); i++) {
            Unit org = lenient.remove(random.nextInt(Math.min(
                    lenient.size(), committees.size() > removed ? committees.size() - removed : lenient.size())));
            removed++;
            int lastValid = org.validTo == null
                    ? options.toYear() - INFLATION_YEARS
                    : Math.min(options.toYear(), org.validTo.getYear());
            int year = options.fromYear() + random.nextInt(Math.max(1, lastValid - options.fromYear() + 1));
            if (crowdsItsPeers(structure, org, year)) {
                i--;
                continue;
            }
            leniency.computeIfAbsent(year, key -> new ArrayList<>()).add(org);
        }
        for (String detector : List.of(
                Detector.EXCELLENT_QUOTA,
                Detector.DISCIPLINED_NOT_DOWNGRADED,
                Detector.ORG_EXCELLENT_BLOCKED,
                Detector.RATING_OUTCOME_MISMATCH,
                Detector.MONTHLY_ANNUAL_MISMATCH,
                Detector.RECURRING_SHORTCOMING,
                Detector.LATE_REVIEW,
                Detector.LATE_REPORT,
                Detector.SUMMARY_DETAIL_MISMATCH)) {
            int first =
                    switch (detector) {
                        case Detector.DISCIPLINED_NOT_DOWNGRADED, Detector.ORG_EXCELLENT_BLOCKED ->
                            Math.max(2019, options.fromYear());
                        case Detector.MONTHLY_ANNUAL_MISMATCH -> Math.max(2022, options.fromYear());
                        case Detector.RECURRING_SHORTCOMING -> options.fromYear() + 1;
                        default -> options.fromYear();
                    };
            List<Integer> years = new ArrayList<>();
            for (int i = 0; i < count(detector) && first <= options.toYear(); i++) {
                years.add(first + random.nextInt(options.toYear() - first + 1));
            }
            schedule.put(detector, years);
        }
    }

    /**
     * Whether a second leniency outlier in the same small unit type and year would leave the first too few
     * peers: the detector leaves the other outliers out of the peers and needs three of them (seed 45 put
     * two in the four organizations of the armed forces in 2021, and the smaller went untested).
     */
    private boolean crowdsItsPeers(Structure structure, Unit org, int year) {
        long ofType = Stream.concat(structure.others.stream(), structure.communes.stream())
                .filter(unit -> unit.type == org.type)
                .count();
        return ofType < 8 && leniency.getOrDefault(year, List.of()).stream().anyMatch(other -> other.type == org.type);
    }

    /** How many organizations the plants could take in all with a third of each type at most. */
    private static long roomPerType(Structure structure) {
        Map<OrgType, Long> perType = new LinkedHashMap<>();
        structure.others.forEach(unit -> perType.merge(unit.type, 1L, Long::sum));
        return perType.values().stream().mapToLong(count -> count / 3).sum();
    }

    /** Whether a unit type has more than a third of its organizations in the inflation or compression plants. */
    private boolean crowded(Structure structure) {
        Map<OrgType, Integer> planted = new LinkedHashMap<>();
        inflation.forEach(unit -> planted.merge(unit.type, 1, Integer::sum));
        compression.forEach(unit -> planted.merge(unit.type, 1, Integer::sum));
        return planted.entrySet().stream()
                .anyMatch(entry -> 3 * entry.getValue()
                        > structure.others.stream()
                                .filter(unit -> unit.type == entry.getKey())
                                .count());
    }

    private static int count(String detector) {
        return COUNTS.get(detector);
    }

    private void take(List<Unit> from, List<Unit> into, int count) {
        for (int i = 0; i < count && !from.isEmpty(); i++) {
            into.add(from.remove(random.nextInt(from.size())));
        }
    }

    int scheduled(String detector, int year) {
        return (int) schedule.getOrDefault(detector, List.of()).stream()
                .filter(y -> y == year)
                .count();
    }

    boolean inStreak(int year, int length) {
        return year > options.toYear() - length;
    }

    Bend bend(Unit org, int year) {
        if (rubber.contains(org) && inStreak(year, RUBBER_YEARS)) {
            return Bend.RUBBER_STAMP;
        }
        if (compression.contains(org) && inStreak(year, COMPRESSION_YEARS)) {
            return Bend.COMPRESSION;
        }
        if (inflation.contains(org) && inStreak(year, INFLATION_YEARS)) {
            return Bend.INFLATION;
        }
        return leniency.getOrDefault(year, List.of()).contains(org) ? Bend.LENIENCY : Bend.NONE;
    }

    double inflationShare(Unit org, int year) {
        int index = year - (options.toYear() - INFLATION_YEARS + 1);
        return index >= 0 && index < INFLATION_SHARES.length ? INFLATION_SHARES[index] : org.excellentShare;
    }

    /** Organizations planned for an effect are kept free of any other, in every year. */
    boolean reserved(Unit org, int year) {
        return rubber.contains(org)
                || compression.contains(org)
                || inflation.contains(org)
                || unremedied.contains(org)
                || leniency.getOrDefault(year, List.of()).contains(org);
    }

    boolean noDiscipline(Unit org, int year) {
        return reserved(org, year);
    }

    boolean keepsFromExcellence(Unit org, int year) {
        return reserved(org, year);
    }

    boolean needsOpenShortcoming(Unit org, int year) {
        return year == 2024 && unremedied.contains(org);
    }

    boolean forcedOpen(Shortcoming shortcoming) {
        return forcedOpen.contains(shortcoming);
    }

    void markForcedOpen(Shortcoming shortcoming) {
        forcedOpen.add(shortcoming);
    }

    /** Statistical plants are the truth by construction (the background is kept clear of them). */
    List<Finding> statisticalTruth() {
        List<Finding> truth = new ArrayList<>();
        int last = options.toYear();
        rubber.forEach(org -> truth.add(Finding.unit(Detector.RUBBER_STAMP, last, org)));
        compression.forEach(org -> truth.add(Finding.unit(Detector.RATING_COMPRESSION, last, org)));
        inflation.forEach(org -> truth.add(Finding.unit(Detector.INFLATION_TREND, last, org)));
        leniency.forEach(
                (year, orgs) -> orgs.forEach(org -> truth.add(Finding.unit(Detector.LENIENCY_OUTLIER, year, org))));
        return truth;
    }

    void plantYear(
            int year,
            YearRecords records,
            Set<Person> disciplined,
            Set<Person> selfDetected,
            Shortcomings shortcomings,
            Simulation simulation) {
        new YearPlanter(this, year, records, disciplined, selfDetected, shortcomings, simulation).plant();
    }

    void plantMonthly(int year, YearRecords records) {
        YearPlanter.plantMonthly(this, year, records);
    }

    void plantBadRowsAndSummaries(int year, YearRecords records) {
        YearPlanter.plantBadRowsAndSummaries(this, year, records);
    }

    static boolean usesCards(OrganizationYear orgYear) {
        return orgYear.layout != MemberLayout.X_MARK;
    }
}
