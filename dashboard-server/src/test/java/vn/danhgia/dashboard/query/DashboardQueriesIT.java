package vn.danhgia.dashboard.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's queries on a small hand-made district (SmallDistrict) in a real DuckDB warehouse:
 * exact values worked out by hand from small-district.sql, and the same counts from independent SQL
 * aggregates over core.
 */
class DashboardQueriesIT {
    private static final String INJECTION = "x' or '1'='1";
    private static final LocalDate TODAY = LocalDate.of(2024, 12, 12);

    private static Connection connection;

    @BeforeAll
    static void build() throws Exception {
        connection = SmallDistrict.open();
    }

    @AfterAll
    static void close() throws Exception {
        connection.close();
    }

    private static BigDecimal share(String value) {
        return new BigDecimal(value);
    }

    @Test
    void filterOptionsListYearsTypesOrganizationsDetectorsAndSaySimulated() throws Exception {
        FilterOptions options = FilterOptions.load(connection);

        assertThat(options.years()).containsExactly(2024, 2023);
        assertThat(options.unitTypes()).containsExactly("agency", "commune");
        assertThat(options.organizations())
                .extracting(FilterOptions.Organization::code)
                .containsExactlyInAnyOrder("X1", "X2", "X3", "C1", "K1", "P-1");
        assertThat(options.organizations())
                .filteredOn(organization -> organization.code().equals("X1"))
                .singleElement()
                .satisfies(x1 -> {
                    assertThat(x1.name()).isEqualTo("Đảng bộ xã An");
                    assertThat(x1.unitType()).contains("commune");
                    assertThat(x1.current()).isFalse();
                });
        assertThat(options.detectors())
                .extracting(FilterOptions.DetectorOption::detector, FilterOptions.DetectorOption::countFindings)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("excellent_quota", 4L),
                        org.assertj.core.groups.Tuple.tuple("late_report", 1L),
                        org.assertj.core.groups.Tuple.tuple("score_band_mismatch", 1L));
        assertThat(options.simulated()).isTrue();
        assertThat(options.origin().latestLoadAt()).contains(LocalDateTime.of(2024, 12, 21, 2, 0, 4));
        assertThat(options.origin().countFiles()).isEqualTo(2);
    }

    @Test
    void overviewCountsMemberLevelsOfEveryYearAsCoreDoes() throws Exception {
        OverviewQuery.Overview overview = new OverviewQuery(connection).load(2024, TODAY, OverviewQuery.Scope.all());

        assertThat(overview.years()).containsExactly(2024, 2023);
        OverviewQuery.MemberLevels first = overview.memberLevels().get(0);
        assertThat(first.year()).isEqualTo(2023);
        assertThat(List.of(
                        first.countMembers(),
                        first.countRated(),
                        first.countExcellent(),
                        first.countGood(),
                        first.countCompleted(),
                        first.countNotCompleted(),
                        first.countExempt()))
                .containsExactly(13L, 12L, 3L, 7L, 1L, 1L, 1L);
        assertThat(first.excellentShare())
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("0.2500"));
        OverviewQuery.MemberLevels second = overview.memberLevels().get(1);
        assertThat(List.of(second.countRated(), second.countExcellent(), second.countGood(), second.countCompleted()))
                .containsExactly(11L, 5L, 5L, 1L);
        assertThat(second.excellentShare())
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("0.4545"));
        for (OverviewQuery.MemberLevels levels : overview.memberLevels()) {
            assertThat(levels.countRated())
                    .isEqualTo(SmallDistrict.count(
                            connection,
                            "select count(*) from core.member_rating where status = 'rated'" + " and year = "
                                    + levels.year()));
            assertThat(levels.countExcellent())
                    .isEqualTo(SmallDistrict.count(
                            connection,
                            "select count(*) from core.member_rating where status = 'rated'"
                                    + " and final_level = 'HTXSNV' and year = " + levels.year()));
        }
    }

    @Test
    void overviewShowsOrganizationAndLeaderLevelsQuotaFindingsAndTheSeason() throws Exception {
        OverviewQuery.Overview overview = new OverviewQuery(connection).load(2024, TODAY, OverviewQuery.Scope.all());

        assertThat(overview.organizationLevels())
                .containsExactly(new LevelCounts(2023, 3, 1, 1, 1, 0), new LevelCounts(2024, 2, 1, 1, 0, 0));
        // the leader of cell X3-01 counts for X3
        assertThat(overview.leaderLevels()).containsExactly(new LevelCounts(2024, 3, 1, 1, 1, 0));

        assertThat(overview.quota().countOverQuota()).isEqualTo(2);
        assertThat(overview.quota().quotaRatio())
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("0.2"));
        assertThat(overview.quota().notCompletedShare())
                .hasValueSatisfying(value -> assertThat(value).isZero());
        assertThat(overview.quota().organizations())
                .extracting(OverviewQuery.OrganizationQuota::organizationCode)
                .containsExactlyInAnyOrder("X3", "C1");
        OverviewQuery.OrganizationQuota x3 = overview.quota().organizations().stream()
                .filter(quota -> quota.organizationCode().equals("X3"))
                .findFirst()
                .orElseThrow();
        assertThat(x3.countExcellent()).isEqualTo(3);
        assertThat(x3.countGood()).isEqualTo(3);
        assertThat(x3.excellentToGood())
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("1"));
        assertThat(x3.quota()).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("0.6"));
        assertThat(x3.overQuota()).isTrue();

        assertThat(overview.findings())
                .containsExactly(
                        new OverviewQuery.DetectorFindings("excellent_quota", 2, 2, 0, 0),
                        new OverviewQuery.DetectorFindings("late_report", 1, 0, 1, 0),
                        new OverviewQuery.DetectorFindings("score_band_mismatch", 1, 0, 1, 0));

        OverviewQuery.ReviewSeason season = overview.season();
        assertThat(season.organizations())
                .extracting(OverviewQuery.OrganizationSubmission::organizationCode)
                .containsExactlyInAnyOrder("X3", "C1", "K1");
        OverviewQuery.OrganizationSubmission c1 = submission(season, "C1");
        assertThat(c1.reviewDone()).isFalse();
        assertThat(c1.reviewLate()).isTrue(); // nothing sent and 12/12 is past the 10/12 deadline
        assertThat(c1.reportLate()).isFalse(); // the report is due 15/12
        OverviewQuery.OrganizationSubmission x3Season = submission(season, "X3");
        assertThat(x3Season.reportSentOn()).contains(LocalDate.of(2024, 12, 16));
        assertThat(x3Season.reportDeadline()).contains(LocalDate.of(2024, 12, 15));
        assertThat(x3Season.reportDaysLate()).contains(1);
        assertThat(x3Season.reportLate()).isTrue();
        assertThat(x3Season.reviewLate()).isFalse();
        assertThat(season.countReviewLateToday()).isEqualTo(1);
        assertThat(season.countReportLateToday()).isEqualTo(1);
        assertThat(season.totals()).hasValueSatisfying(totals -> {
            assertThat(totals.countSubmissions()).isEqualTo(2);
            assertThat(totals.countRatedWithoutSubmission()).isEqualTo(1);
            assertThat(totals.countReportLate()).isEqualTo(1);
        });

        OverviewQuery.ReviewSeason later = new OverviewQuery(connection)
                .load(2024, LocalDate.of(2024, 12, 20), OverviewQuery.Scope.all())
                .season();
        assertThat(later.countReportLateToday()).isEqualTo(2);
    }

    private static OverviewQuery.OrganizationSubmission submission(OverviewQuery.ReviewSeason season, String code) {
        return season.organizations().stream()
                .filter(organization -> organization.organizationCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void overviewFiltersByUnitTypeAndOrganizationAndTakesAQuoteAsData() throws Exception {
        OverviewQuery query = new OverviewQuery(connection);

        OverviewQuery.Overview agencies =
                query.load(2024, TODAY, new OverviewQuery.Scope(Optional.of("agency"), Optional.empty()));
        assertThat(agencies.memberLevels())
                .extracting(OverviewQuery.MemberLevels::countRated)
                .containsExactly(4L, 4L);
        assertThat(agencies.season().organizations())
                .extracting(OverviewQuery.OrganizationSubmission::organizationCode)
                .containsExactlyInAnyOrder("C1", "K1");
        assertThat(agencies.findings())
                .containsExactly(new OverviewQuery.DetectorFindings("excellent_quota", 1, 1, 0, 0));

        OverviewQuery.Overview x3 =
                query.load(2024, TODAY, new OverviewQuery.Scope(Optional.empty(), Optional.of("X3")));
        assertThat(x3.memberLevels())
                .extracting(OverviewQuery.MemberLevels::year)
                .containsExactly(2024);
        assertThat(x3.memberLevels().get(0).countRated()).isEqualTo(7);
        assertThat(x3.findings())
                .extracting(OverviewQuery.DetectorFindings::countFindings)
                .containsExactly(1L, 1L, 1L);

        OverviewQuery.Overview injected =
                query.load(2024, TODAY, new OverviewQuery.Scope(Optional.of(INJECTION), Optional.of(INJECTION)));
        assertThat(injected.memberLevels()).isEmpty();
        assertThat(injected.quota().organizations()).isEmpty();
        assertThat(injected.season().organizations()).isEmpty();
    }

    @Test
    void comparisonAsWasKeepsEachYearsUnitsAndMarksTheMerger() throws Exception {
        YearComparisonQuery.YearComparison comparison =
                new YearComparisonQuery(connection).compare(2023, 2024, YearComparisonQuery.View.AS_WAS);

        assertThat(comparison.byOrganization())
                .extracting(YearComparisonQuery.OrganizationComparison::organizationCode)
                .containsExactlyInAnyOrder("X1", "X2", "X3", "C1");
        YearComparisonQuery.OrganizationComparison x1 = organization(comparison, "X1");
        assertThat(x1.mergedAway()).isTrue();
        assertThat(x1.inToYear()).isFalse();
        YearComparisonQuery.OrganizationComparison x3 = organization(comparison, "X3");
        assertThat(x3.mergerResult()).isTrue();
        assertThat(x3.inFromYear()).isFalse();
        assertThat(comparison.fromTotal().countRated()).isEqualByComparingTo("12");
        assertThat(comparison.toTotal().countRated()).isEqualByComparingTo("11");
        assertThat(comparison.totalDelta().countExcellent()).isEqualByComparingTo("2");
        // the by-type rows equal the mart's roll-up
        for (YearComparisonQuery.TypeComparison type : comparison.byType()) {
            assertThat(type.from().countRated().longValue())
                    .isEqualTo(SmallDistrict.count(
                            connection,
                            "select coalesce(sum(count_rated), 0) from"
                                    + " mart.level_distribution_by_type where year = 2023 and unit_type = '"
                                    + type.unitType() + "'"));
            assertThat(type.to().countExcellent().longValue())
                    .isEqualTo(SmallDistrict.count(
                            connection,
                            "select coalesce(sum(count_htxsnv), 0) from"
                                    + " mart.level_distribution_by_type where year = 2024 and unit_type = '"
                                    + type.unitType() + "'"));
        }
        assertThat(comparison.byType())
                .extracting(YearComparisonQuery.TypeComparison::unitType)
                .containsExactly("agency", "commune");
    }

    @Test
    void comparisonAsIsRestatesMergedCommunesInTodaysUnit() throws Exception {
        YearComparisonQuery.YearComparison comparison =
                new YearComparisonQuery(connection).compare(2023, 2024, YearComparisonQuery.View.of("as_is"));

        assertThat(comparison.byOrganization())
                .extracting(YearComparisonQuery.OrganizationComparison::organizationCode)
                .containsExactlyInAnyOrder("X3", "C1");
        YearComparisonQuery.OrganizationComparison x3 = organization(comparison, "X3");
        assertThat(x3.from())
                .isEqualTo(new LevelTally(
                        share("8.0000"), share("2.0000"), share("4.0000"), share("1.0000"), share("1.0000")));
        assertThat(x3.to().countRated()).isEqualByComparingTo("7");
        assertThat(x3.from().excellentShare())
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("0.25"));
        assertThat(x3.delta().excellentShare())
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("0.1786"));
        assertThat(x3.delta().countExcellent()).isEqualByComparingTo("1");
        assertThat(x3.mergerResult()).isTrue();
        assertThatThrownBy(() -> YearComparisonQuery.View.of(INJECTION)).isInstanceOf(IllegalArgumentException.class);
    }

    private static YearComparisonQuery.OrganizationComparison organization(
            YearComparisonQuery.YearComparison comparison, String code) {
        return comparison.byOrganization().stream()
                .filter(organization -> organization.organizationCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void dataPageListsLoadsNewestFirstRejectsByFileAndProvisionalUnitsWithCandidates() throws Exception {
        DataQuery.DataPage page = new DataQuery(connection).load();
        LoadLogQuery.LoadLogPage log = new LoadLogQuery(connection).page(1, 50);

        assertThat(log.entries())
                .extracting(DataQuery.LoadEntry::file)
                .containsExactly("2024/hong.xlsx", "2024/an binh.xlsx", "2023/an.xlsx");
        assertThat(log.entries().get(0).status()).isEqualTo("failed");
        assertThat(log.entries().get(0).message()).contains("Tệp hỏng");
        assertThat(page.countRejects()).isEqualTo(SmallDistrict.count(connection, "select count(*) from meta.rejects"));
        DataQuery.RejectFile first = page.rejects().get(0);
        assertThat(first.file()).isEqualTo("2023/an.xlsx");
        assertThat(first.countRejects()).isEqualTo(3);
        assertThat(first.reasons())
                .extracting(DataQuery.RejectGroup::reasonCode, DataQuery.RejectGroup::countRejects)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MISSING_VALUE", 2L),
                        org.assertj.core.groups.Tuple.tuple("UNKNOWN_LEVEL", 1L));
        assertThat(first.reasons().get(0).firstRows())
                .extracting(row -> row.row().orElseThrow())
                .containsExactly(18, 20);

        assertThat(page.provisionalUnits()).singleElement().satisfies(unit -> {
            assertThat(unit.unitCode()).isEqualTo("P-1");
            assertThat(unit.sources())
                    .containsExactly(new DataQuery.ProvisionalSource(
                            "monthly_score",
                            Optional.of("2024/hang thang.csv"),
                            Optional.empty(),
                            2,
                            Optional.of(5),
                            Optional.of(6)));
            assertThat(unit.candidates()).first().satisfies(candidate -> {
                assertThat(candidate.unitCode()).isEqualTo("K1");
                assertThat(candidate.similarity()).isGreaterThanOrEqualTo(new BigDecimal("0.8"));
            });
        });
    }

    @Test
    void findingsAreFilteredSortedPagedAndFoundAgainByTheirStableId() throws Exception {
        FindingsQuery query = new FindingsQuery(connection);

        FindingsQuery.FindingsPage all = query.list(FindingsQuery.Filter.all(), "score", "desc", 50, 0);
        assertThat(all.total()).isEqualTo(SmallDistrict.count(connection, "select count(*) from mart.findings"));
        assertThat(all.findings())
                .extracting(FindingsQuery.Finding::score)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(all.findings().get(0).detector()).isEqualTo("score_band_mismatch");
        assertThat(all.findings().get(0).unitName()).isEqualTo("Chi bộ thôn Đông");
        assertThat(all.findings().get(0).organizationCode()).contains("X3");
        assertThat(query.list(FindingsQuery.Filter.all(), "score", "asc", 50, 0).findings())
                .extracting(FindingsQuery.Finding::score)
                .isSorted();

        FindingsQuery.FindingsPage page =
                query.list(FindingsQuery.Filter.all(), FindingsQuery.SortKey.YEAR, true, 2, 2);
        assertThat(page.findings()).hasSize(2);
        assertThat(page.total()).isEqualTo(all.total());
        assertThat(query.list(FindingsQuery.Filter.all(), "year", "asc", 2, 100).findings())
                .isEmpty();

        FindingsQuery.Filter x3 =
                new FindingsQuery.Filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("X3"));
        assertThat(query.list(x3, "unit", "asc", 50, 0).findings())
                .extracting(FindingsQuery.Finding::unitCode)
                .containsExactlyInAnyOrder("X3", "X3-01", "X3");
        FindingsQuery.Filter high =
                new FindingsQuery.Filter(Optional.empty(), Optional.empty(), Optional.of("high"), Optional.empty());
        assertThat(query.list(high, "severity", "desc", 50, 0).total())
                .isEqualTo(
                        SmallDistrict.count(connection, "select count(*) from mart.findings where severity = 'high'"));
        FindingsQuery.Filter of2023 = new FindingsQuery.Filter(
                Optional.of("excellent_quota"), Optional.of(2023), Optional.empty(), Optional.empty());
        assertThat(query.list(of2023, "unit", "asc", 50, 0).findings())
                .extracting(FindingsQuery.Finding::unitCode)
                .containsExactly("C1", "X1");

        FindingsQuery.Finding top = all.findings().get(0);
        assertThat(query.byId(top.id())).contains(top);
        assertThat(query.list(FindingsQuery.Filter.all(), "score", "desc", 50, 0)
                        .findings()
                        .get(0)
                        .id())
                .isEqualTo(top.id());
        assertThat(query.byId("no such id")).isEmpty();
        assertThat(query.byId(INJECTION)).isEmpty();
    }

    @Test
    void findingsRefuseASortKeyOutsideTheWhitelistAndTakeQuotesAsData() throws Exception {
        FindingsQuery query = new FindingsQuery(connection);

        assertThatThrownBy(() -> query.list(FindingsQuery.Filter.all(), "evidence", "asc", 10, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot sort findings by 'evidence'");
        assertThatThrownBy(() -> query.list(FindingsQuery.Filter.all(), INJECTION, "asc", 10, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> query.list(FindingsQuery.Filter.all(), "score", INJECTION, 10, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> query.list(FindingsQuery.Filter.all(), "score", "asc", 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        FindingsQuery.Filter injected = new FindingsQuery.Filter(
                Optional.of(INJECTION), Optional.empty(), Optional.of(INJECTION), Optional.of(INJECTION));
        FindingsQuery.FindingsPage none = query.list(injected, "score", "desc", 10, 0);
        assertThat(none.findings()).isEmpty();
        assertThat(none.total()).isZero();
    }

    @Test
    void evidenceReadsAsLabelledFactsWithTheRuleAndTheSourceRows() throws Exception {
        FindingsQuery query = new FindingsQuery(connection);
        Labels labels = Labels.of(Locale.forLanguageTag("vi"));
        FindingsQuery.Filter quota2024 = new FindingsQuery.Filter(
                Optional.of("excellent_quota"), Optional.of(2024), Optional.empty(), Optional.of("X3"));
        FindingsQuery.Finding finding =
                query.list(quota2024, "score", "desc", 10, 0).findings().get(0);

        EvidenceView view = query.evidence(finding, labels);

        assertThat(view.title()).isEqualTo("Vượt tỷ lệ đảng viên HTXSNV");
        assertThat(view.unlabeledFields()).isEmpty();
        assertThat(view.facts())
                .extracting(EvidenceView.Fact::label, EvidenceView.Fact::value)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Số đảng viên HTXSNV", "3"),
                        org.assertj.core.groups.Tuple.tuple("Tỷ lệ tối đa HTXSNV so với HTTNV", "20%"),
                        org.assertj.core.groups.Tuple.tuple("Số HTXSNV tối đa theo tỷ lệ", "0,6"),
                        org.assertj.core.groups.Tuple.tuple("Tỷ lệ đã được quy định chính thức", "Có"));
        assertThat(view.rule()).contains("Quy tắc tỷ lệ 2024");
        assertThat(view.sources())
                .extracting(EvidenceView.SourceRow::row)
                .containsExactly(Optional.of(10), Optional.of(11), Optional.of(12));
        assertThat(view.sources().get(0).file()).isEqualTo("2024/an binh.xlsx");

        FindingsQuery.Finding band = query.list(
                        new FindingsQuery.Filter(
                                Optional.of("score_band_mismatch"),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty()),
                        "score",
                        "desc",
                        10,
                        0)
                .findings()
                .get(0);
        EvidenceView bandView = query.evidence(band, labels);
        // the evidence quotes no rule: the year's rule comes from core.dim_rule_year
        assertThat(bandView.rule()).contains("Khung điểm 2024");
        assertThat(bandView.tables()).singleElement().satisfies(table -> {
            assertThat(table.columns())
                    .containsExactly("Xếp loại với tư cách", "Điểm", "Mức được quyết định", "Mức theo khung điểm");
            assertThat(table.rows())
                    .containsExactly(
                            List.of("Đảng viên", "86,5", "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ"));
        });
        EvidenceView english = query.evidence(band, Labels.of(Locale.ENGLISH));
        assertThat(english.tables().get(0).rows().get(0))
                .containsExactly("Member", "86.5", "Completed duties excellently", "Completed duties well");
    }

    @Test
    void unitPageGathersEverythingAboutOneUnitAndIsEmptyForAnUnknownCode() throws Exception {
        UnitQuery query = new UnitQuery(connection);

        UnitQuery.UnitDetail x3 = query.load("X3").orElseThrow();
        assertThat(x3.current().unitName()).isEqualTo("Đảng bộ xã An Bình");
        assertThat(x3.lineage())
                .extracting(
                        UnitQuery.LineageChange::incoming,
                        UnitQuery.LineageChange::otherUnitCode,
                        UnitQuery.LineageChange::changeKind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(true, "X1", "merge"),
                        org.assertj.core.groups.Tuple.tuple(true, "X2", "merge"));
        assertThat(x3.cells()).extracting(UnitQuery.Cell::unitCode).containsExactly("X3-01");
        assertThat(x3.organizationRatings())
                .extracting(UnitQuery.OrganizationRating::finalLevel)
                .containsExactly(Optional.of("HTTNV"));
        assertThat(x3.memberLevels())
                .extracting(OverviewQuery.MemberLevels::countRated)
                .containsExactly(7L);
        assertThat(x3.leaderLevels()).containsExactly(new LevelCounts(2024, 2, 1, 1, 0, 0));
        assertThat(x3.findings().total()).isEqualTo(3);
        assertThat(x3.shortcomings())
                .extracting(RemediationQuery.Shortcoming::description)
                .containsExactly("Thu ngân sách không đạt");
        assertThat(x3.submissions()).singleElement().satisfies(submission -> {
            assertThat(submission.reportOnTime()).contains(false);
            assertThat(submission.reportDaysLate()).contains(1);
        });

        UnitQuery.UnitDetail x1 = query.load("X1").orElseThrow();
        assertThat(x1.lineage())
                .extracting(UnitQuery.LineageChange::incoming, UnitQuery.LineageChange::otherUnitName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(false, "Đảng bộ xã An Bình"));
        assertThat(x1.current().validTo()).contains(LocalDate.of(2023, 12, 31));

        assertThat(query.load("NOPE")).isEmpty();
        assertThat(query.load(INJECTION)).isEmpty();
    }

    @Test
    void remediationPutsRecurringShortcomingsFirstWithEveryRegister() throws Exception {
        RemediationQuery query = new RemediationQuery(connection);

        List<RemediationQuery.OrganizationRemediation> all = query.load(RemediationQuery.Filter.all());
        assertThat(all.get(0).organizationCode()).isEqualTo("X1");
        RemediationQuery.Shortcoming recurring = all.get(0).shortcomings().get(0);
        assertThat(recurring.latestStatus()).isEqualTo("recurred");
        assertThat(recurring.reports())
                .containsExactly(
                        new RemediationQuery.StatusReport(Optional.of(2023), "not_remedied"),
                        new RemediationQuery.StatusReport(Optional.of(2024), "recurred"));
        assertThat(all.stream()
                        .mapToLong(organization -> organization.shortcomings().size())
                        .sum())
                .isEqualTo(SmallDistrict.count(
                        connection,
                        "select count(*) from (select distinct year, unit_code,"
                                + " person_key, category, description from core.shortcoming)"));

        assertThat(query.load(new RemediationQuery.Filter(Optional.of(2024), Optional.empty(), Optional.empty())))
                .extracting(RemediationQuery.OrganizationRemediation::organizationCode)
                .containsExactly("X3");
        assertThat(query.load(new RemediationQuery.Filter(Optional.empty(), Optional.of("agency"), Optional.empty())))
                .extracting(RemediationQuery.OrganizationRemediation::organizationCode)
                .containsExactly("C1");
        assertThat(query.load(
                        new RemediationQuery.Filter(Optional.empty(), Optional.of(INJECTION), Optional.of(INJECTION))))
                .isEmpty();
    }
}
