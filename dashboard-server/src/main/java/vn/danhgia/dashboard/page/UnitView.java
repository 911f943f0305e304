package vn.danhgia.dashboard.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import vn.danhgia.dashboard.query.FindingsQuery.Finding;
import vn.danhgia.dashboard.query.LevelCounts;
import vn.danhgia.dashboard.query.OverviewQuery.MemberLevels;
import vn.danhgia.dashboard.query.RemediationQuery.Shortcoming;
import vn.danhgia.dashboard.query.UnitQuery.OrganizationRating;
import vn.danhgia.dashboard.query.UnitQuery.UnitDetail;
import vn.danhgia.dashboard.query.UnitQuery.UnitVersion;
import vn.danhgia.dashboard.report.ReportFormat;

/**
 * What the unit template shows, worked out from the unit's records: the year rows (its own level, its
 * members, its leaders), the findings and shortcomings of the chosen year (or all), and whether the
 * reader may see pseudonyms.
 */
public record UnitView(
        UnitDetail unit,
        UnitPage.Choice choice,
        List<MemberLevels> members,
        boolean showsPseudonyms,
        List<Integer> loadedYears) {
    /** How many findings the page lists before pointing to the findings page. */
    static final int FINDINGS_SHOWN = 50;

    public UnitView {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(choice, "choice");
        members = List.copyOf(members);
        loadedYears = List.copyOf(loadedYears);
    }

    /** One year of the ratings table. */
    public record YearRow(
            int year,
            Optional<OrganizationRating> organization,
            Optional<MemberLevels> members,
            Optional<LevelCounts> leaders,
            boolean chosen) {}

    public Optional<Integer> year() {
        return choice.year();
    }

    public String view() {
        return choice.view();
    }

    public boolean current() {
        return unit.current().validTo().isEmpty();
    }

    /** The as-is view asked of an ended unit: shown as it was, with a notice. */
    public boolean asIsUnavailable() {
        return choice.view().equals("as_is") && !current();
    }

    public boolean asIs() {
        return choice.view().equals("as_is") && current();
    }

    /** Every year with any rating of the unit, oldest first. */
    public List<YearRow> years() {
        TreeSet<Integer> years = new TreeSet<>();
        unit.organizationRatings().forEach(rating -> years.add(rating.year()));
        members.forEach(levels -> years.add(levels.year()));
        unit.leaderLevels().forEach(levels -> years.add(levels.year()));
        List<YearRow> rows = new ArrayList<>();
        for (int year : years) {
            rows.add(new YearRow(
                    year,
                    unit.organizationRatings().stream()
                            .filter(rating -> rating.year() == year)
                            .reduce((first, second) -> second),
                    members.stream().filter(levels -> levels.year() == year).findFirst(),
                    unit.leaderLevels().stream()
                            .filter(levels -> levels.year() == year)
                            .findFirst(),
                    choice.year().map(chosen -> chosen == year).orElse(false)));
        }
        return rows;
    }

    /**
     * The year-over-year report of this organization ({@code pdf} or {@code xlsx}): the cards' year against
     * the year before, in the page's view; empty for a unit that is not a grassroots organization or a year
     * with no year before it loaded.
     */
    public Optional<String> reportLink(String extension) {
        boolean organization = unit.current().tier().map("grassroots"::equals).orElse(false);
        return cardYear()
                .filter(year -> organization && loadedYears.contains(year - 1))
                .map(year -> ReportPage.link(
                        ReportFormat.of(extension),
                        year,
                        year - 1,
                        Optional.of(unit.unitCode()),
                        asIs() ? "as_is" : "as_was"));
    }

    /** The year the cards speak of: the chosen one, else the latest with members, else the latest loaded. */
    public Optional<Integer> cardYear() {
        if (choice.year().isPresent()) {
            return choice.year();
        }
        Optional<Integer> latest = members.stream().map(MemberLevels::year).max(Integer::compare);
        return latest.isPresent() ? latest : loadedYears.stream().max(Integer::compare);
    }

    public Optional<MemberLevels> cardMembers() {
        return cardYear()
                .flatMap(year ->
                        members.stream().filter(levels -> levels.year() == year).findFirst());
    }

    public Optional<String> cardLevel() {
        return cardYear().flatMap(year -> unit.organizationRatings().stream()
                .filter(rating -> rating.year() == year)
                .reduce((first, second) -> second)
                .flatMap(OrganizationRating::finalLevel));
    }

    /** The unit's findings of the chosen year (all years when none is chosen). */
    public List<Finding> findings() {
        return unit.findings().findings().stream()
                .filter(finding ->
                        choice.year().map(year -> finding.year() == year).orElse(true))
                .toList();
    }

    public List<Finding> findingsShown() {
        List<Finding> all = findings();
        return all.size() > FINDINGS_SHOWN ? all.subList(0, FINDINGS_SHOWN) : all;
    }

    /**
     * How many findings the chosen year (or every year) has: exact while the query's page holds them all,
     * else the query's total (only for all years).
     */
    public long countFindings() {
        return choice.year().isEmpty() ? unit.findings().total() : findings().size();
    }

    /** The shortcomings named in the chosen year (all years when none is chosen), by year then status. */
    public List<Shortcoming> shortcomings() {
        return unit.shortcomings().stream()
                .filter(one -> choice.year().map(year -> one.year() == year).orElse(true))
                .sorted((first, second) -> first.year() != second.year()
                        ? Integer.compare(first.year(), second.year())
                        : Integer.compare(rank(first.latestStatus()), rank(second.latestStatus())))
                .toList();
    }

    public long countUnremedied() {
        return shortcomings().stream().filter(Shortcoming::unremedied).count();
    }

    /** The unit's former names, oldest first, when it had any other than today's. */
    public List<String> formerNames() {
        String name = unit.current().unitName();
        return unit.versions().stream()
                .map(UnitVersion::unitName)
                .filter(one -> !one.equals(name))
                .distinct()
                .toList();
    }

    static int rank(String status) {
        switch (status) {
            case "recurred":
                return 1;
            case "not_remedied":
                return 2;
            case "partly_remedied":
                return 3;
            case "pending":
                return 4;
            case "remedied":
                return 5;
            default:
                return 6;
        }
    }
}
