package vn.danhgia.etl.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.danhgia.core.level.RatingLevel;
import vn.danhgia.etl.generate.YearRecords.MemberRow;
import vn.danhgia.etl.generate.YearRecords.OrganizationYear;

/** The district simulation (no files): magnitudes of DOMAIN.md, reorganizations, planted truth. */
class SimulationTest {
    private static Simulation district;

    @BeforeAll
    static void simulateDistrict() {
        GeneratorOptions options = new GeneratorOptions(Scale.DISTRICT, 2018, 2025, 2025, Path.of("unused"), false);
        district = new Simulation(options, 0, new SplittableRandom(2025L * 1_000_003L).split());
        district.run();
    }

    private static List<MemberRow> loadedRated(YearRecords records) {
        return records.organizations.stream()
                .flatMap(o -> o.members.stream())
                .filter(r -> r.loads() && r.rated())
                .toList();
    }

    @Test
    void memberLevelsFollowDomainMagnitudesEveryYear() {
        for (YearRecords records : district.years) {
            List<MemberRow> rated = loadedRated(records);
            Map<RatingLevel, Long> counts =
                    rated.stream().collect(Collectors.groupingBy(r -> r.decided, Collectors.counting()));
            double n = rated.size();
            assertThat(counts.getOrDefault(RatingLevel.EXCELLENT, 0L) / n)
                    .as("excellent %d", records.year)
                    .isBetween(0.10, 0.17);
            assertThat(counts.getOrDefault(RatingLevel.GOOD, 0L) / n)
                    .as("good %d", records.year)
                    .isBetween(0.72, 0.82);
            assertThat(counts.getOrDefault(RatingLevel.COMPLETED, 0L) / n)
                    .as("completed %d", records.year)
                    .isBetween(0.05, 0.10);
            assertThat(counts.getOrDefault(RatingLevel.NOT_COMPLETED, 0L) / n)
                    .as("not completed %d", records.year)
                    .isBetween(0.002, 0.008);
        }
    }

    @Test
    void membershipExemptionAndStructureHaveDistrictMagnitudes() {
        for (YearRecords records : district.years) {
            long members = records.organizations.stream()
                    .mapToLong(o -> o.members.stream().filter(MemberRow::loads).count())
                    .sum();
            long exempt = records.organizations.stream()
                    .flatMap(o -> o.members.stream())
                    .filter(r -> r.loads() && r.status == YearRecords.Status.EXEMPT)
                    .count();
            assertThat(members).as("members %d", records.year).isBetween(9_000L, 11_000L);
            assertThat((double) exempt / members).as("exempt %d", records.year).isBetween(0.05, 0.12);
        }
        YearRecords first = district.years.get(0);
        YearRecords last = district.years.get(district.years.size() - 1);
        long firstMembers =
                first.organizations.stream().mapToLong(o -> o.members.size()).sum();
        long lastMembers =
                last.organizations.stream().mapToLong(o -> o.members.size()).sum();
        assertThat(lastMembers).isGreaterThan(firstMembers);
        assertThat(district.years.get(6).organizations).as("grassroots in 2024").hasSize(72);
        assertThat(first.organizations).as("grassroots before the mergers").hasSize(75);
        long cells = district.structure.all.stream()
                .filter(u -> u.tier.equals("chi bộ") && u.validOn(LocalDate.of(2023, 12, 1)))
                .count();
        assertThat(cells).isBetween(500L, 700L);
    }

    @Test
    void badRowsAreAboutFourPerThousandMemberRows() {
        long rows = 0;
        long bad = 0;
        for (YearRecords records : district.years) {
            for (OrganizationYear o : records.organizations) {
                rows += o.members.size();
                bad += o.members.stream().filter(r -> !r.loads()).count();
            }
        }
        assertThat((double) bad / rows).isBetween(0.002, 0.006);
        assertThat(district.years.stream()
                        .flatMap(y -> y.organizations.stream())
                        .flatMap(o -> o.members.stream())
                        .filter(r -> !r.loads())
                        .map(r -> r.badReason)
                        .distinct())
                .containsExactlyInAnyOrder(
                        BadRows.UNKNOWN_LEVEL,
                        BadRows.DUPLICATE_CARD,
                        BadRows.MISSING_NAME,
                        BadRows.IMPOSSIBLE_BIRTH_YEAR);
    }

    @Test
    void organizationLevelsFollowDomainMagnitudes() {
        for (YearRecords records : district.years) {
            double n = records.organizations.size();
            Map<RatingLevel, Long> counts = records.organizations.stream()
                    .collect(Collectors.groupingBy(o -> o.decided, Collectors.counting()));
            assertThat(counts.getOrDefault(RatingLevel.EXCELLENT, 0L) / n)
                    .as("excellent %d", records.year)
                    .isBetween(0.13, 0.26);
            assertThat(counts.getOrDefault(RatingLevel.GOOD, 0L) / n)
                    .as("good %d", records.year)
                    .isBetween(0.45, 0.75);
            assertThat(counts.getOrDefault(RatingLevel.COMPLETED, 0L) / n)
                    .as("completed %d", records.year)
                    .isBetween(0.05, 0.18);
        }
    }

    @Test
    void reorganizationsHappenOnTheirDates() {
        List<Unit> closedAtMerge = district.structure.all.stream()
                .filter(u -> u.grassroots() && LocalDate.of(2023, 12, 31).equals(u.validTo))
                .toList();
        assertThat(closedAtMerge).hasSize(5);
        Map<String, Long> successors = closedAtMerge.stream()
                .collect(Collectors.groupingBy(u -> u.successorCode, TreeMap::new, Collectors.counting()));
        assertThat(successors.values()).containsExactlyInAnyOrder(2L, 2L, 1L);
        Unit district = SimulationTest.district.structure.all.stream()
                .filter(u -> u.code.equals("HU"))
                .findFirst()
                .orElseThrow();
        assertThat(district.validTo).isEqualTo(LocalDate.of(2025, 6, 30));
        List<Unit> regrouped = SimulationTest.district.structure.communes.stream()
                .filter(u -> u.validFrom.equals(Structure.REGROUP_DATE))
                .toList();
        assertThat(regrouped).hasSizeBetween(4, 8).allMatch(u -> u.parentCode.equals(Structure.CITY_CODE));
        assertThat(SimulationTest.district.years.get(7).organizations.stream()
                        .filter(o -> o.unit.type.isCommuneLevel()))
                .hasSize(regrouped.size());
    }

    @Test
    void backgroundCreatesNoRuleBasedFindingBeyondThePlantedOnes() {
        TreeSet<Finding> audit = new TreeSet<>(Audit.findings(district));
        TreeSet<Finding> expected = new TreeSet<>(district.plan.planted);
        // A leniency outlier (42% excellent) also breaches the member quota: a correct detector reports both.
        district.plan.leniency.forEach(
                (year, orgs) -> orgs.forEach(org -> expected.add(Finding.unit(Detector.EXCELLENT_QUOTA, year, org))));
        assertThat(audit).containsExactlyElementsOf(expected);
    }

    @Test
    void plantsEveryDetectorAtItsPlannedRate() {
        Map<String, Long> planted =
                district.plan.planted.stream().collect(Collectors.groupingBy(Finding::detector, Collectors.counting()));
        district.plan.statisticalTruth().forEach(f -> planted.merge(f.detector(), 1L, Long::sum));
        Plan.COUNTS.forEach((detector, count) ->
                assertThat(planted.getOrDefault(detector, 0L)).as(detector).isBetween(count - 1L, (long) count));
    }

    @Test
    void backgroundKeepsTheStatisticalDetectorsQuiet() {
        for (YearRecords records : district.years) {
            for (OrganizationYear o : records.organizations) {
                List<MemberRow> rated =
                        o.members.stream().filter(r -> r.loads() && r.rated()).toList();
                int year = records.year;
                boolean planted = district.plan.planted.stream()
                        .anyMatch(f -> f.year() == year && f.unitCode().equals(o.unit.code));
                if (rated.size() < 5 || planted || district.plan.reserved(o.unit, year)) {
                    continue;
                }
                long excellent = rated.stream()
                        .filter(r -> r.decided == RatingLevel.EXCELLENT)
                        .count();
                long same = rated.stream().filter(r -> r.self == r.decided).count();
                long distinct = rated.stream().map(r -> r.decided).distinct().count();
                assertThat((double) excellent / rated.size())
                        .as("share %s %d", o.unit, records.year)
                        .isLessThanOrEqualTo(0.2);
                assertThat((double) same / rated.size())
                        .as("self = decided %s %d", o.unit, records.year)
                        .isLessThanOrEqualTo(0.9);
                assertThat(distinct)
                        .as("levels used %s %d", o.unit, records.year)
                        .isGreaterThanOrEqualTo(2);
            }
        }
    }
}
