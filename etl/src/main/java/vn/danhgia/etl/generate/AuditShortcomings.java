package vn.danhgia.etl.generate;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.danhgia.core.level.RatingLevel;
import vn.danhgia.core.text.VietnameseText;
import vn.danhgia.etl.generate.YearRecords.LeaderRow;
import vn.danhgia.etl.generate.YearRecords.MemberRow;
import vn.danhgia.etl.generate.YearRecords.OrganizationYear;
import vn.danhgia.etl.generate.YearRecords.Shortcoming;

/**
 * The audit's rules on the shortcomings register as written (each row with the status the next year's
 * review gave it, none in the last year): an excellent rating while an earlier shortcoming is open
 * (excellent_unremedied) and a shortcoming named again after an earlier one was left open
 * (recurring_shortcoming). An organization answers for its whole lineage family (the units the registry
 * carries on into one last successor), a person for their own card number.
 */
final class AuditShortcomings {
    /**
     * The register's headings that are among DOMAIN.md's six review headings; the others ("Cải cách hành
     * chính", "Giải quyết khiếu nại, tố cáo") are subjects, so the shortcoming has no category and is
     * compared by its words.
     */
    private static final Map<String, String> HEADINGS = Map.of(
            "Tư tưởng chính trị", "political_ideology",
            "Đạo đức, lối sống", "ethics_lifestyle",
            "Tổ chức kỷ luật", "organizational_discipline",
            "Kết quả thực hiện nhiệm vụ", "task_results");

    private static final Set<String> LEFT_OPEN =
            Set.of(Shortcomings.PARTLY, Shortcomings.NOT_REMEDIED, Shortcomings.RECURRED);
    // thresholds.yaml: recurring_shortcoming
    private static final double MIN_SIMILARITY = 0.25;

    private final List<YearRecords> years;
    private final Map<String, Unit> registry;

    AuditShortcomings(List<YearRecords> years, Map<String, Unit> registry) {
        this.years = years;
        this.registry = registry;
    }

    /** The last successor of a unit in the registry: the units merged into one share it. */
    private String family(Unit unit) {
        Unit current = unit;
        while (current.successorCode != null) {
            current = registry.get(current.successorCode);
        }
        return current.code;
    }

    private List<Shortcoming> before(int year) {
        return years.stream()
                .filter(records -> records.year < year)
                .flatMap(records -> records.shortcomings.stream())
                .toList();
    }

    private boolean sameSubject(Shortcoming earlier, Unit organization, Person person) {
        return person == null
                ? earlier.person == null && family(earlier.organization).equals(family(organization))
                : earlier.person != null && earlier.person.card.equals(person.card);
    }

    /** Excellent ratings of the year while an earlier shortcoming of the subject is not remedied. */
    void unremedied(YearRecords records, Set<Finding> found) {
        int year = records.year;
        List<Shortcoming> open = before(year).stream()
                .filter(s -> !Shortcomings.REMEDIED.equals(s.status))
                .toList();
        for (OrganizationYear o : records.organizations) {
            if (o.decided == RatingLevel.EXCELLENT && open.stream().anyMatch(s -> sameSubject(s, o.unit, null))) {
                found.add(Finding.unit(Detector.EXCELLENT_UNREMEDIED, year, o.unit));
            }
            if (!Plan.usesCards(o)) {
                continue;
            }
            for (MemberRow row : o.members) {
                if (row.loads()
                        && row.rated()
                        && row.decided == RatingLevel.EXCELLENT
                        && open.stream().anyMatch(s -> sameSubject(s, o.unit, row.person))) {
                    found.add(Finding.person(Detector.EXCELLENT_UNREMEDIED, year, o.unit, row.person));
                }
            }
        }
        for (LeaderRow leader : records.leaders) {
            if (leader.decided() == RatingLevel.EXCELLENT
                    && open.stream().anyMatch(s -> sameSubject(s, leader.organization(), leader.person()))) {
                found.add(Finding.person(Detector.EXCELLENT_UNREMEDIED, year, leader.organization(), leader.person()));
            }
        }
    }

    /** Shortcomings of the year that name again an earlier one of the same subject left open. */
    void recurring(YearRecords records, Set<Finding> found) {
        List<Shortcoming> earlier = before(records.year).stream()
                .filter(s -> LEFT_OPEN.contains(s.status))
                .toList();
        for (Shortcoming later : records.shortcomings) {
            boolean again = earlier.stream()
                    .anyMatch(e -> sameSubject(e, later.organization, later.person) && sameShortcoming(e, later));
            if (again) {
                found.add(
                        later.person == null
                                ? Finding.unit(Detector.RECURRING_SHORTCOMING, records.year, later.organization)
                                : Finding.person(
                                        Detector.RECURRING_SHORTCOMING,
                                        records.year,
                                        later.organization,
                                        later.person));
            }
        }
    }

    /** The same category when both have one, else the same words: trigram similarity at the threshold. */
    private static boolean sameShortcoming(Shortcoming earlier, Shortcoming later) {
        String first = HEADINGS.get(earlier.category);
        String second = HEADINGS.get(later.category);
        if (first != null && second != null) {
            return first.equals(second);
        }
        return similarity(earlier.description, later.description) >= MIN_SIMILARITY;
    }

    /** Jaccard similarity of the character trigrams of the folded texts (padded with a space). */
    static double similarity(String first, String second) {
        Set<String> a = trigrams(first);
        Set<String> b = trigrams(second);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return (double) shared.size() / union.size();
    }

    private static Set<String> trigrams(String text) {
        String folded = VietnameseText.fold(text)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .trim();
        Set<String> grams = new HashSet<>();
        if (folded.isEmpty()) {
            return grams;
        }
        String padded = " " + folded + " ";
        for (int i = 0; i + 3 <= padded.length(); i++) {
            grams.add(padded.substring(i, i + 3));
        }
        return grams;
    }
}
