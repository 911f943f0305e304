package vn.danhgia.dashboard.query;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Standing Committee's overview of one year: member levels over every loaded year (stacked bars),
 * organization and leader levels, the year's excellent quota, the findings per detector and the review
 * season. Shares are {@link BigDecimal} fractions 0..1 with 4 places (format them as percent).
 */
public final class OverviewQuery {
    private final Connection connection;

    public OverviewQuery(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /** The scope of the overview: a unit type, an organization, both or neither (the whole district). */
    public record Scope(Optional<String> unitType, Optional<String> organizationCode) {
        public Scope {
            Objects.requireNonNull(unitType, "unitType");
            Objects.requireNonNull(organizationCode, "organizationCode");
        }

        public static Scope all() {
            return new Scope(Optional.empty(), Optional.empty());
        }
    }

    /** Member levels of one year summed over the organizations in scope; shares over rated members. */
    public record MemberLevels(
            int year,
            long countMembers,
            long countRated,
            long countExcellent,
            long countGood,
            long countCompleted,
            long countNotCompleted,
            long countExempt,
            long countSuspended,
            long countNewMember,
            long countNotRated,
            Optional<BigDecimal> excellentShare,
            Optional<BigDecimal> goodShare,
            Optional<BigDecimal> completedShare,
            Optional<BigDecimal> notCompletedShare) {
        public MemberLevels {
            Checks.year(year);
            Checks.count("countMembers", countMembers);
            Checks.count("countRated", countRated);
            if (countExcellent + countGood + countCompleted + countNotCompleted != countRated) {
                throw new IllegalArgumentException("the four levels do not add up to the rated members in " + year);
            }
            Checks.share("excellentShare", excellentShare);
            Checks.share("goodShare", goodShare);
            Checks.share("completedShare", completedShare);
            Checks.share("notCompletedShare", notCompletedShare);
        }

        /** Members not rated for any reason: exempt, suspended, new members and not (yet) rated. */
        public long countWithoutLevel() {
            return countExempt + countSuspended + countNewMember + countNotRated;
        }
    }

    /** The rule set of the year as the overview quotes it. */
    public record RuleYear(
            int year,
            Optional<String> framework,
            Optional<BigDecimal> excellentQuotaRatio,
            Optional<String> quotaScope,
            boolean quotaConfirmed,
            Optional<LocalDate> reviewDeadline,
            Optional<LocalDate> reportDeadline,
            Optional<String> quotaRule) {
        public RuleYear {
            Checks.year(year);
            Objects.requireNonNull(framework, "framework");
            Objects.requireNonNull(excellentQuotaRatio, "excellentQuotaRatio");
            Objects.requireNonNull(quotaScope, "quotaScope");
            Objects.requireNonNull(reviewDeadline, "reviewDeadline");
            Objects.requireNonNull(reportDeadline, "reportDeadline");
            Objects.requireNonNull(quotaRule, "quotaRule");
        }
    }

    /**
     * One organization's members against the year's quota: {@code excellentToGood} is HTXSNV / HTTNV
     * (empty without good members), {@code quota} the ratio times the good members.
     */
    public record OrganizationQuota(
            String organizationCode,
            String organizationName,
            String unitType,
            long countRated,
            long countExcellent,
            long countGood,
            long countNotCompleted,
            Optional<BigDecimal> excellentToGood,
            Optional<BigDecimal> quota,
            boolean overQuota) {
        public OrganizationQuota {
            Checks.text("organizationCode", organizationCode);
            Objects.requireNonNull(organizationName, "organizationName");
            Objects.requireNonNull(unitType, "unitType");
            Objects.requireNonNull(excellentToGood, "excellentToGood");
            Objects.requireNonNull(quota, "quota");
        }
    }

    /**
     * The chosen year's quota: the members' HTXSNV and KHTNV shares of all rated in scope, the ratio,
     * each organization (over the quota first) and how many exceed it.
     */
    public record QuotaSummary(
            Optional<BigDecimal> excellentShare,
            Optional<BigDecimal> notCompletedShare,
            Optional<BigDecimal> quotaRatio,
            List<OrganizationQuota> organizations,
            long countOverQuota) {
        public QuotaSummary {
            Checks.share("excellentShare", excellentShare);
            Checks.share("notCompletedShare", notCompletedShare);
            Objects.requireNonNull(quotaRatio, "quotaRatio");
            organizations = List.copyOf(organizations);
            Checks.count("countOverQuota", countOverQuota);
        }
    }

    /** The findings of one detector in the year, by severity. */
    public record DetectorFindings(
            String detector, long countFindings, long countHigh, long countMedium, long countLow) {
        public DetectorFindings {
            Checks.text("detector", detector);
            if (countHigh + countMedium + countLow > countFindings) {
                throw new IllegalArgumentException("severities exceed the findings of " + detector);
            }
        }
    }

    /**
     * One organization in the review season: its dates against the year's deadlines; {@code reviewLate}
     * and {@code reportLate} are as of the {@code today} asked for (done late, or not done and past the
     * deadline).
     */
    public record OrganizationSubmission(
            String organizationCode,
            String organizationName,
            String unitType,
            Optional<LocalDate> reviewDoneOn,
            Optional<LocalDate> reportSentOn,
            Optional<LocalDate> reviewDeadline,
            Optional<LocalDate> reportDeadline,
            Optional<Integer> reviewDaysLate,
            Optional<Integer> reportDaysLate,
            boolean reviewDone,
            boolean reportSent,
            boolean reviewLate,
            boolean reportLate) {
        public OrganizationSubmission {
            Checks.text("organizationCode", organizationCode);
            Objects.requireNonNull(organizationName, "organizationName");
            Objects.requireNonNull(unitType, "unitType");
            Objects.requireNonNull(reviewDoneOn, "reviewDoneOn");
            Objects.requireNonNull(reportSentOn, "reportSentOn");
            Objects.requireNonNull(reviewDeadline, "reviewDeadline");
            Objects.requireNonNull(reportDeadline, "reportDeadline");
            Objects.requireNonNull(reviewDaysLate, "reviewDaysLate");
            Objects.requireNonNull(reportDaysLate, "reportDaysLate");
        }
    }

    /** The year's totals from {@code mart.submission_timeliness_by_year} (the whole warehouse, not the scope). */
    public record SeasonTotals(
            long countSubmissions,
            long countRatedWithoutSubmission,
            long countReviewOnTime,
            long countReviewLate,
            long countReportOnTime,
            long countReportLate,
            Optional<BigDecimal> reviewOnTimeShare,
            Optional<BigDecimal> reportOnTimeShare,
            Optional<Integer> reviewDaysLateMax,
            Optional<Integer> reportDaysLateMax) {
        public SeasonTotals {
            Checks.count("countSubmissions", countSubmissions);
            Checks.share("reviewOnTimeShare", reviewOnTimeShare);
            Checks.share("reportOnTimeShare", reportOnTimeShare);
            Objects.requireNonNull(reviewDaysLateMax, "reviewDaysLateMax");
            Objects.requireNonNull(reportDaysLateMax, "reportDaysLateMax");
        }
    }

    /** The review season of the year as of {@code today}. */
    public record ReviewSeason(
            LocalDate today,
            List<OrganizationSubmission> organizations,
            long countReviewLateToday,
            long countReportLateToday,
            Optional<SeasonTotals> totals) {
        public ReviewSeason {
            Objects.requireNonNull(today, "today");
            organizations = List.copyOf(organizations);
            Objects.requireNonNull(totals, "totals");
        }
    }

    /** The overview of {@code year}. */
    public record Overview(
            int year,
            Scope scope,
            List<Integer> years,
            List<MemberLevels> memberLevels,
            List<LevelCounts> organizationLevels,
            List<LevelCounts> leaderLevels,
            Optional<RuleYear> rules,
            QuotaSummary quota,
            List<DetectorFindings> findings,
            ReviewSeason season) {
        public Overview {
            Checks.year(year);
            Objects.requireNonNull(scope, "scope");
            years = List.copyOf(years);
            memberLevels = List.copyOf(memberLevels);
            organizationLevels = List.copyOf(organizationLevels);
            leaderLevels = List.copyOf(leaderLevels);
            Objects.requireNonNull(rules, "rules");
            Objects.requireNonNull(quota, "quota");
            findings = List.copyOf(findings);
            Objects.requireNonNull(season, "season");
        }

        /** The member levels of the chosen year, empty when it has none in scope. */
        public Optional<MemberLevels> memberLevelsOfYear() {
            return memberLevels.stream().filter(levels -> levels.year() == year).findFirst();
        }
    }

    /** The overview of {@code year} in {@code scope}, with lateness as of {@code today}. */
    public Overview load(int year, LocalDate today, Scope scope) throws SQLException {
        Checks.year(year);
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(scope, "scope");
        String unitType = scope.unitType().orElse(null);
        String org = scope.organizationCode().orElse(null);
        List<Integer> years = SqlQueries.list(connection, "filter_years", row -> row.integer("year"));
        List<MemberLevels> members =
                SqlQueries.list(connection, "overview_member_levels", OverviewQuery::memberLevels, unitType, org);
        List<LevelCounts> organizations =
                SqlQueries.list(connection, "overview_org_levels", OverviewQuery::levelCounts, unitType, org);
        List<LevelCounts> leaders =
                SqlQueries.list(connection, "overview_leader_levels", OverviewQuery::levelCounts, unitType, org);
        Optional<RuleYear> rules = SqlQueries.first(connection, "overview_rule_year", OverviewQuery::ruleYear, year);
        List<OrganizationQuota> quotas =
                SqlQueries.list(connection, "overview_quota", OverviewQuery::organizationQuota, year, unitType, org);
        Optional<MemberLevels> ofYear =
                members.stream().filter(levels -> levels.year() == year).findFirst();
        QuotaSummary quota = new QuotaSummary(
                ofYear.flatMap(MemberLevels::excellentShare),
                ofYear.flatMap(MemberLevels::notCompletedShare),
                rules.flatMap(RuleYear::excellentQuotaRatio),
                quotas,
                quotas.stream().filter(OrganizationQuota::overQuota).count());
        List<DetectorFindings> findings =
                SqlQueries.list(connection, "overview_findings", OverviewQuery::detectorFindings, year, unitType, org);
        List<OrganizationSubmission> submissions = SqlQueries.list(
                connection, "overview_season", OverviewQuery::organizationSubmission, year, today, unitType, org);
        Optional<SeasonTotals> totals =
                SqlQueries.first(connection, "overview_season_totals", OverviewQuery::seasonTotals, year);
        ReviewSeason season = new ReviewSeason(
                today,
                submissions,
                submissions.stream().filter(OrganizationSubmission::reviewLate).count(),
                submissions.stream().filter(OrganizationSubmission::reportLate).count(),
                totals);
        return new Overview(year, scope, years, members, organizations, leaders, rules, quota, findings, season);
    }

    /** Member levels per year over every loaded year, for a unit type and an organization (null for all). */
    List<MemberLevels> memberLevels(String unitType, String organizationCode) throws SQLException {
        return SqlQueries.list(
                connection, "overview_member_levels", OverviewQuery::memberLevels, unitType, organizationCode);
    }

    private static MemberLevels memberLevels(SqlQueries.Row row) throws SQLException {
        return new MemberLevels(
                row.integer("year"),
                row.count("count_members"),
                row.count("count_rated"),
                row.count("count_htxsnv"),
                row.count("count_httnv"),
                row.count("count_htnv"),
                row.count("count_khtnv"),
                row.count("count_exempt"),
                row.count("count_suspended"),
                row.count("count_new_member"),
                row.count("count_not_rated"),
                row.optionalDecimal("htxsnv_share"),
                row.optionalDecimal("httnv_share"),
                row.optionalDecimal("htnv_share"),
                row.optionalDecimal("khtnv_share"));
    }

    static LevelCounts levelCounts(SqlQueries.Row row) throws SQLException {
        return new LevelCounts(
                row.integer("year"),
                row.count("count_rated"),
                row.count("count_htxsnv"),
                row.count("count_httnv"),
                row.count("count_htnv"),
                row.count("count_khtnv"));
    }

    private static RuleYear ruleYear(SqlQueries.Row row) throws SQLException {
        return new RuleYear(
                row.integer("year"),
                row.optionalString("framework"),
                row.optionalDecimal("excellent_quota_ratio"),
                row.optionalString("quota_scope"),
                row.flag("is_quota_confirmed"),
                row.optionalDate("review_deadline"),
                row.optionalDate("report_deadline"),
                row.optionalString("rule_quota"));
    }

    private static OrganizationQuota organizationQuota(SqlQueries.Row row) throws SQLException {
        return new OrganizationQuota(
                row.string("org_code"),
                row.string("unit_name"),
                row.string("unit_type"),
                row.count("count_rated"),
                row.count("count_htxsnv"),
                row.count("count_httnv"),
                row.count("count_khtnv"),
                row.optionalDecimal("excellent_to_good"),
                row.optionalDecimal("quota"),
                row.flag("is_over_quota"));
    }

    private static DetectorFindings detectorFindings(SqlQueries.Row row) throws SQLException {
        return new DetectorFindings(
                row.string("detector"),
                row.count("count_findings"),
                row.count("count_high"),
                row.count("count_medium"),
                row.count("count_low"));
    }

    private static OrganizationSubmission organizationSubmission(SqlQueries.Row row) throws SQLException {
        return new OrganizationSubmission(
                row.string("unit_code"),
                row.string("unit_name"),
                row.string("unit_type"),
                row.optionalDate("review_done_on"),
                row.optionalDate("report_sent_on"),
                row.optionalDate("review_deadline"),
                row.optionalDate("report_deadline"),
                row.optionalInteger("review_days_late"),
                row.optionalInteger("report_days_late"),
                row.flag("is_review_done"),
                row.flag("is_report_sent"),
                row.flag("is_review_late"),
                row.flag("is_report_late"));
    }

    private static SeasonTotals seasonTotals(SqlQueries.Row row) throws SQLException {
        return new SeasonTotals(
                row.count("count_submissions"),
                row.count("count_rated_without_submission"),
                row.count("count_review_on_time"),
                row.count("count_review_late"),
                row.count("count_report_on_time"),
                row.count("count_report_late"),
                row.optionalDecimal("review_on_time_share"),
                row.optionalDecimal("report_on_time_share"),
                row.optionalInteger("review_days_late_max"),
                row.optionalInteger("report_days_late_max"));
    }
}
