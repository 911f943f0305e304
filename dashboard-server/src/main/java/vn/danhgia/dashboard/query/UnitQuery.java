package vn.danhgia.dashboard.query;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything about one unit: its identity and registry versions, its ratings over the years (its own
 * level, its members' levels, its leaders' levels), its lineage in and out, its cells, its findings,
 * its shortcomings year by year and its submission dates. Empty for a code the registry does not know.
 */
public final class UnitQuery {
    private final Connection connection;

    public UnitQuery(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /** One registry version of the unit ({@code validTo} inclusive, empty while it lasts). */
    public record UnitVersion(
            String unitName,
            Optional<String> unitType,
            Optional<String> parentCode,
            Optional<String> tier,
            Optional<LocalDate> validFrom,
            Optional<LocalDate> validTo,
            boolean provisional) {
        public UnitVersion {
            Objects.requireNonNull(unitName, "unitName");
            Objects.requireNonNull(unitType, "unitType");
            Objects.requireNonNull(parentCode, "parentCode");
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(validFrom, "validFrom");
            Objects.requireNonNull(validTo, "validTo");
        }
    }

    /** The organization's own rating of one year. */
    public record OrganizationRating(
            int year,
            Optional<String> selfLevel,
            Optional<String> proposedLevel,
            Optional<String> finalLevel,
            Optional<BigDecimal> score) {
        public OrganizationRating {
            Checks.year(year);
            Objects.requireNonNull(selfLevel, "selfLevel");
            Objects.requireNonNull(proposedLevel, "proposedLevel");
            Objects.requireNonNull(finalLevel, "finalLevel");
            Objects.requireNonNull(score, "score");
        }
    }

    /** A change of the registry touching the unit: {@code incoming} when it is the unit after the change. */
    public record LineageChange(
            boolean incoming, String otherUnitCode, String otherUnitName, LocalDate effectiveDate, String changeKind) {
        public LineageChange {
            Checks.text("otherUnitCode", otherUnitCode);
            Objects.requireNonNull(otherUnitName, "otherUnitName");
            Objects.requireNonNull(effectiveDate, "effectiveDate");
            Checks.text("changeKind", changeKind);
        }
    }

    /** A unit directly under this one, in its latest version. */
    public record Cell(
            String unitCode,
            String unitName,
            Optional<String> unitType,
            Optional<String> tier,
            Optional<LocalDate> validFrom,
            Optional<LocalDate> validTo,
            boolean provisional) {
        public Cell {
            Checks.text("unitCode", unitCode);
            Objects.requireNonNull(unitName, "unitName");
            Objects.requireNonNull(unitType, "unitType");
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(validFrom, "validFrom");
            Objects.requireNonNull(validTo, "validTo");
        }
    }

    /** One year's review and report dates against the deadlines. */
    public record Submission(
            int year,
            Optional<LocalDate> reviewDoneOn,
            Optional<LocalDate> reviewDeadline,
            Optional<Integer> reviewDaysLate,
            Optional<Boolean> reviewOnTime,
            Optional<LocalDate> reportSentOn,
            Optional<LocalDate> reportDeadline,
            Optional<Integer> reportDaysLate,
            Optional<Boolean> reportOnTime) {
        public Submission {
            Checks.year(year);
            Objects.requireNonNull(reviewDoneOn, "reviewDoneOn");
            Objects.requireNonNull(reviewDeadline, "reviewDeadline");
            Objects.requireNonNull(reviewDaysLate, "reviewDaysLate");
            Objects.requireNonNull(reviewOnTime, "reviewOnTime");
            Objects.requireNonNull(reportSentOn, "reportSentOn");
            Objects.requireNonNull(reportDeadline, "reportDeadline");
            Objects.requireNonNull(reportDaysLate, "reportDaysLate");
            Objects.requireNonNull(reportOnTime, "reportOnTime");
        }
    }

    /**
     * The unit page. {@code current} is its latest version; {@code memberLevels} and {@code leaderLevels}
     * are per year (members of the organization, leaders of it and its cells); {@code findings} the first
     * {@link FindingsQuery#MAX_LIMIT} by score; {@code shortcomings} those of its organization.
     */
    public record UnitDetail(
            String unitCode,
            UnitVersion current,
            List<UnitVersion> versions,
            List<OrganizationRating> organizationRatings,
            List<OverviewQuery.MemberLevels> memberLevels,
            List<LevelCounts> leaderLevels,
            List<LineageChange> lineage,
            List<Cell> cells,
            FindingsQuery.FindingsPage findings,
            List<RemediationQuery.Shortcoming> shortcomings,
            List<Submission> submissions) {
        public UnitDetail {
            Checks.text("unitCode", unitCode);
            Objects.requireNonNull(current, "current");
            versions = List.copyOf(versions);
            organizationRatings = List.copyOf(organizationRatings);
            memberLevels = List.copyOf(memberLevels);
            leaderLevels = List.copyOf(leaderLevels);
            lineage = List.copyOf(lineage);
            cells = List.copyOf(cells);
            Objects.requireNonNull(findings, "findings");
            shortcomings = List.copyOf(shortcomings);
            submissions = List.copyOf(submissions);
        }
    }

    /** The unit of {@code unitCode}, empty when the registry has no such unit. */
    public Optional<UnitDetail> load(String unitCode) throws SQLException {
        Objects.requireNonNull(unitCode, "unitCode");
        List<UnitVersion> versions = SqlQueries.list(
                connection,
                "unit_versions",
                row -> new UnitVersion(
                        row.optionalString("unit_name").orElse(unitCode),
                        row.optionalString("unit_type"),
                        row.optionalString("parent_code"),
                        row.optionalString("tier"),
                        row.optionalDate("valid_from"),
                        row.optionalDate("valid_to"),
                        row.flag("is_provisional")),
                unitCode);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        List<OrganizationRating> ratings = SqlQueries.list(
                connection,
                "unit_org_ratings",
                row -> new OrganizationRating(
                        row.integer("year"),
                        row.optionalString("self_level"),
                        row.optionalString("proposed_level"),
                        row.optionalString("final_level"),
                        row.optionalDecimal("score")),
                unitCode);
        OverviewQuery overview = new OverviewQuery(connection);
        List<OverviewQuery.MemberLevels> members = overview.memberLevels(null, unitCode);
        List<LevelCounts> leaders =
                SqlQueries.list(connection, "overview_leader_levels", OverviewQuery::levelCounts, null, unitCode);
        List<LineageChange> lineage = SqlQueries.list(
                connection,
                "unit_lineage",
                row -> new LineageChange(
                        row.string("direction").equals("in"),
                        row.string("other_unit_code"),
                        row.string("other_unit_name"),
                        row.optionalDate("effective_date").orElseThrow(),
                        row.string("change_kind")),
                unitCode);
        List<Cell> cells = SqlQueries.list(
                connection,
                "unit_cells",
                row -> new Cell(
                        row.string("unit_code"),
                        row.optionalString("unit_name").orElse(row.string("unit_code")),
                        row.optionalString("unit_type"),
                        row.optionalString("tier"),
                        row.optionalDate("valid_from"),
                        row.optionalDate("valid_to"),
                        row.flag("is_provisional")),
                unitCode);
        FindingsQuery.FindingsPage findings = new FindingsQuery(connection)
                .list(
                        new FindingsQuery.Filter(
                                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(unitCode)),
                        FindingsQuery.SortKey.YEAR,
                        false,
                        FindingsQuery.MAX_LIMIT,
                        0);
        List<RemediationQuery.Shortcoming> shortcomings = new RemediationQuery(connection)
                .load(new RemediationQuery.Filter(Optional.empty(), Optional.empty(), Optional.of(unitCode))).stream()
                        .flatMap(organization -> organization.shortcomings().stream())
                        .toList();
        List<Submission> submissions = SqlQueries.list(
                connection,
                "unit_submissions",
                row -> new Submission(
                        row.integer("year"),
                        row.optionalDate("review_done_on"),
                        row.optionalDate("review_deadline"),
                        row.optionalInteger("review_days_late"),
                        row.optionalFlag("is_review_on_time"),
                        row.optionalDate("report_sent_on"),
                        row.optionalDate("report_deadline"),
                        row.optionalInteger("report_days_late"),
                        row.optionalFlag("is_report_on_time")),
                unitCode);
        return Optional.of(new UnitDetail(
                unitCode,
                versions.get(versions.size() - 1),
                versions,
                ratings,
                members,
                leaders,
                lineage,
                cells,
                findings,
                shortcomings,
                submissions));
    }
}
