package vn.danhgia.analytics.marts;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.analytics.marts.MartSteps.execute;
import static vn.danhgia.analytics.marts.MartSteps.rows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.danhgia.analytics.testing.TinyWarehouse;
import vn.danhgia.core.sql.SqlPipeline;

/**
 * The marts on a tiny hand-made warehouse in DuckDB, checked number by number. Communes X01 and X02
 * merge into X24 on 1/1/2024, enterprise T01 becomes cell X24-09 of X24 then, public service unit S01
 * splits into S02 (weight 0.75) and S03 (0.25); agencies C01 to C04 form a peer group of four.
 */
class MartsTest {
    private TinyWarehouse warehouse;
    private Connection connection;

    @BeforeEach
    void warehouse() throws SQLException {
        warehouse = new TinyWarehouse();
        connection = warehouse.connection();
        units();
        members();
        organizations();
        MartSteps.run(connection);
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void theAnalyzePipelineRunsTheMartsEachRollUpAfterItsBase() {
        assertThat(SqlPipeline.fromClasspath("analyze").steps()).containsSubsequence(MartSteps.STEPS);
    }

    @Test
    void levelDistributionCountsStatusesApartAndSharesOverRatedMembers() throws SQLException {
        assertThat(rows(connection, """
                        select org_code, unit_type, count_members, count_rated, count_exempt, count_not_rated,
                            count_htxsnv, count_httnv, count_htnv, count_khtnv,
                            htxsnv_share, httnv_share, htnv_share, khtnv_share
                        from mart.level_distribution where year = 2023 and org_code = 'X01'"""))
                .containsExactly("X01 | commune | 6 | 4 | 1 | 1 | 1 | 2 | 1 | 0 | 0.2500 | 0.5000 | 0.2500 | 0.0000");
    }

    @Test
    void levelDistributionByTypeWeighsMembersAcrossOrganizations() throws SQLException {
        assertThat(rows(connection, """
                        select unit_type, count_organizations, count_members, count_rated,
                            htxsnv_share, httnv_share, htnv_share, khtnv_share
                        from mart.level_distribution_by_type where year = 2023 order by unit_type"""))
                .containsExactly(
                        "agency | 1 | 2 | 2 | 1.0000 | 0.0000 | 0.0000 | 0.0000",
                        "commune | 2 | 8 | 6 | 0.3333 | 0.5000 | 0.1667 | 0.0000",
                        "enterprise | 1 | 2 | 2 | 0.0000 | 1.0000 | 0.0000 | 0.0000",
                        "public_service | 1 | 4 | 4 | 0.5000 | 0.5000 | 0.0000 | 0.0000");
    }

    @Test
    void asIsMapsMergedCommunesAndTransferredUnitsOntoTheirSuccessor() throws SQLException {
        // 2023: X01 (4 rated, 1 excellent, 3 good or better) + X02 (2, 1, 2) + T01, now a cell of X24 (2, 0, 2)
        assertThat(rows(connection, """
                        select year, previous_year, count_rated, count_excellent, count_good_or_better,
                            excellent_share, good_or_better_share, delta_count_rated, delta_excellent_share
                        from mart.yoy_delta where view = 'as_is' and unit_code = 'X24' order by year"""))
                .containsExactly(
                        "2023 | null | 8.0000 | 2.0000 | 7.0000 | 0.2500 | 0.8750 | null | null",
                        "2024 | 2023 | 8.0000 | 1.0000 | 7.0000 | 0.1250 | 0.8750 | 0.0000 | -0.1250");
        assertThat(rows(connection, "select count(*) from mart.yoy_delta where view = 'as_is' and unit_code = 'X01'"))
                .containsExactly("0");
    }

    @Test
    void asIsSplitsAUnitsCountsByTheMappingWeights() throws SQLException {
        // S01 in 2023: 4 rated, 2 excellent; S02 carries 0.75 of it, S03 0.25
        assertThat(rows(connection, """
                        select unit_code, year, count_rated, count_excellent, excellent_share, delta_excellent_share
                        from mart.yoy_delta where view = 'as_is' and unit_code in ('S02', 'S03')
                        order by unit_code, year"""))
                .containsExactly(
                        "S02 | 2023 | 3.0000 | 1.5000 | 0.5000 | null",
                        "S02 | 2024 | 2.0000 | 0.0000 | 0.0000 | -0.5000",
                        "S03 | 2023 | 1.0000 | 0.5000 | 0.5000 | null",
                        "S03 | 2024 | 2.0000 | 1.0000 | 0.5000 | 0.0000");
    }

    @Test
    void asWasComparesOnlyTheSameUnit() throws SQLException {
        assertThat(rows(connection, """
                        select unit_code, year, previous_year, count_rated, delta_count_excellent
                        from mart.yoy_delta where view = 'as_was' and unit_code in ('X01', 'X24', 'C01')
                            and year >= 2022
                        order by unit_code, year"""))
                .containsExactly(
                        "C01 | 2022 | 2021 | 2.0000 | 1.0000",
                        "C01 | 2023 | 2022 | 2.0000 | 0.0000",
                        "X01 | 2023 | null | 4.0000 | null",
                        "X24 | 2024 | null | 8.0000 | null");
    }

    @Test
    void bothViewsKeepEveryRatedMemberOfTheYear() throws SQLException {
        assertThat(rows(connection, """
                        select view, year, sum(count_rated) from mart.yoy_delta where year >= 2023
                        group by view, year order by view, year"""))
                .containsExactly(
                        "as_is | 2023 | 14.0000",
                        "as_is | 2024 | 12.0000",
                        "as_was | 2023 | 14.0000",
                        "as_was | 2024 | 12.0000");
    }

    @Test
    void taskResultsStandBesideTheRatingWithTheirPeerQuartile() throws SQLException {
        assertThat(rows(connection, """
                        select unit_code, unit_type, targets_met_share, targets_exceeded_share, on_time_share,
                            final_level, peer_count, peer_targets_met_share, peer_quartile
                        from mart.task_vs_rating where year = 2023 order by unit_code"""))
                .containsExactly(
                        "C01 | agency | 1.0000 | 0.4000 | 1.0000 | HTXSNV | 4 | 0.8250 | 4",
                        "C02 | agency | 0.8000 | 0.0000 | 0.9000 | HTTNV | 4 | 0.8250 | 2",
                        "C03 | agency | 0.6000 | 0.1000 | 0.8000 | HTXSNV | 4 | 0.8250 | 1",
                        "C04 | agency | 0.9000 | 0.2000 | 1.0000 | HTTNV | 4 | 0.8250 | 3",
                        "S01 | public_service | null | null | null | HTTNV | 0 | null | null",
                        "T01 | enterprise | null | null | null | HTNV | 0 | null | null",
                        "X01 | commune | 0.5000 | 0.0000 | 0.7000 | HTTNV | 1 | 0.5000 | null",
                        "X02 | commune | null | null | null | HTTNV | 1 | 0.5000 | null");
    }

    @Test
    void submissionsCountDaysLateAcrossTheYearEnd() throws SQLException {
        assertThat(rows(connection, """
                        select unit_code, review_days_late, is_review_on_time, report_days_late, is_report_on_time
                        from mart.submission_timeliness where year = 2023 order by unit_code"""))
                .containsExactly(
                        "C01 | 0 | true | 0 | true", "C02 | 3 | false | 18 | false", "C03 | null | null | 0 | true");
        assertThat(rows(connection, """
                        select count_submissions, count_rated_without_submission, count_review_on_time,
                            count_review_late, count_report_late, review_on_time_share, report_on_time_share,
                            review_days_late_max, report_days_late_max
                        from mart.submission_timeliness_by_year where year = 2023""")).containsExactly("3 | 5 | 1 | 1 | 1 | 0.5000 | 0.6667 | 3 | 18");
    }

    @Test
    void awardCandidatesAreFiveYearsExcellentOrAllShortcomingsRemediedThroughLineage() throws SQLException {
        // p-star is excellent 2019-2023; p-gap missed 2021. X01 and X02 remedied their 2022 shortcomings
        // and X24 inherits both; C02 left one partly remedied; S02 and S03 inherit S01's unremedied one;
        // X01's member shortcoming is a person's, not the organization's.
        assertThat(rows(connection, """
                        select kind, year, unit_code, person_key, final_level, streak_years,
                            count_earlier_shortcomings
                        from mart.award_candidates order by kind, year, unit_code"""))
                .containsExactly(
                        "member_excellent_5_years | 2023 | C01 | p-star | HTXSNV | 5 | null",
                        "organization_all_remedied | 2023 | C01 |  | HTXSNV | null | 1",
                        "organization_all_remedied | 2023 | X01 |  | HTTNV | null | 1",
                        "organization_all_remedied | 2023 | X02 |  | HTTNV | null | 1",
                        "organization_all_remedied | 2024 | X24 |  | HTXSNV | null | 2");
    }

    @Test
    void everyMartDataTestPasses() {
        assertThat(MartSteps.dataTests()).hasSize(14);
        assertThat(MartSteps.failingDataTests(connection)).isEmpty();
    }

    @Test
    void dataTestsCatchBrokenShares() throws SQLException {
        execute(
                connection,
                "update mart.level_distribution set htxsnv_share = 0.5 where org_code = 'X01' and year = 2023");

        assertThat(MartSteps.failingDataTestNames(connection)).containsExactly("marts/level_shares_sum_to_one");
    }

    @Test
    void dataTestsCatchADuplicateKeyAndAnUnknownUnit() throws SQLException {
        execute(
                connection,
                "insert into mart.task_vs_rating (year, unit_code, unit_type, peer_count) "
                        + "values (2023, 'C01', 'agency', 0), (2023, 'Z99', 'agency', 0)");

        assertThat(MartSteps.failingDataTestNames(connection))
                .containsExactlyInAnyOrder("marts/unique_task_vs_rating", "marts/relationships_dim_unit");
    }

    @Test
    void runningTheMartsTwiceGivesTheSameTables() throws SQLException {
        List<String> first = snapshot();
        MartSteps.run(connection);

        assertThat(snapshot()).isEqualTo(first);
    }

    private List<String> snapshot() throws SQLException {
        List<String> all = new ArrayList<>();
        for (String step : MartSteps.STEPS) {
            String table = "mart." + step.substring("marts/".length());
            all.add(table);
            all.addAll(rows(connection, "select * from " + table + " order by all"));
        }
        return all;
    }

    private void units() throws SQLException {
        execute(connection, """
                insert into core.dim_unit (unit_code, unit_name, unit_type, parent_code, tier, valid_from, valid_to)
                values
                    ('HU', 'Huyện ủy', 'committee', null, 'district', date '2015-01-01', null),
                    ('X01', 'Xã Một', 'commune', 'HU', 'grassroots', date '2015-01-01', date '2023-12-31'),
                    ('X02', 'Xã Hai', 'commune', 'HU', 'grassroots', date '2015-01-01', date '2023-12-31'),
                    ('X24', 'Xã Mới', 'commune', 'HU', 'grassroots', date '2024-01-01', null),
                    ('X24-09', 'Chi bộ Công ty Một', 'enterprise', 'X24', 'cell', date '2024-01-01', null),
                    ('T01', 'Công ty Một', 'enterprise', 'HU', 'grassroots', date '2015-01-01', date '2023-12-31'),
                    ('S01', 'Trung tâm', 'public_service', 'HU', 'grassroots', date '2015-01-01', date '2023-12-31'),
                    ('S02', 'Trung tâm A', 'public_service', 'HU', 'grassroots', date '2024-01-01', null),
                    ('S03', 'Trung tâm B', 'public_service', 'HU', 'grassroots', date '2024-01-01', null),
                    ('C01', 'Cơ quan Một', 'agency', 'HU', 'grassroots', date '2015-01-01', null),
                    ('C02', 'Cơ quan Hai', 'agency', 'HU', 'grassroots', date '2015-01-01', null),
                    ('C03', 'Cơ quan Ba', 'agency', 'HU', 'grassroots', date '2015-01-01', null),
                    ('C04', 'Cơ quan Bốn', 'agency', 'HU', 'grassroots', date '2015-01-01', null)""");
        execute(connection, """
                insert into core.unit_lineage (from_unit_code, to_unit_code, effective_date, change_kind)
                values
                    ('X01', 'X24', date '2024-01-01', 'merge'),
                    ('X02', 'X24', date '2024-01-01', 'merge'),
                    ('T01', 'X24-09', date '2024-01-01', 'transfer'),
                    ('S01', 'S02', date '2024-01-01', 'split'),
                    ('S01', 'S03', date '2024-01-01', 'split')""");
        execute(connection, """
                insert into core.unit_mapping values
                    ('X01', date '2024-01-01', 'X24', 1), ('X02', date '2024-01-01', 'X24', 1),
                    ('X24', date '2024-01-01', 'X24', 1), ('X24-09', date '2024-01-01', 'X24-09', 1),
                    ('T01', date '2024-01-01', 'X24-09', 1),
                    ('S01', date '2024-01-01', 'S02', 0.75), ('S01', date '2024-01-01', 'S03', 0.25),
                    ('S02', date '2024-01-01', 'S02', 1), ('S03', date '2024-01-01', 'S03', 1),
                    ('C01', date '2024-01-01', 'C01', 1), ('C02', date '2024-01-01', 'C02', 1),
                    ('C03', date '2024-01-01', 'C03', 1), ('C04', date '2024-01-01', 'C04', 1)""");
        execute(connection, """
                insert into core.dim_rule_year (year, review_deadline, report_deadline)
                select year, make_date(year, 12, 10), make_date(year, 12, 15) from range(2019, 2025) as years(year)""");
    }

    private void members() throws SQLException {
        StringBuilder values = new StringBuilder();
        member(values, 2023, "a1", "X01", "rated", "HTXSNV");
        member(values, 2023, "a2", "X01", "rated", "HTTNV");
        member(values, 2023, "a3", "X01", "rated", "HTTNV");
        member(values, 2023, "a4", "X01", "rated", "HTNV");
        member(values, 2023, "a5", "X01", "exempt", null);
        member(values, 2023, "a6", "X01", "not_rated", null);
        member(values, 2023, "b1", "X02", "rated", "HTXSNV");
        member(values, 2023, "b2", "X02", "rated", "HTTNV");
        member(values, 2023, "t1", "T01", "rated", "HTTNV");
        member(values, 2023, "t2", "T01", "rated", "HTTNV");
        member(values, 2023, "s1", "S01", "rated", "HTXSNV");
        member(values, 2023, "s2", "S01", "rated", "HTXSNV");
        member(values, 2023, "s3", "S01", "rated", "HTTNV");
        member(values, 2023, "s4", "S01", "rated", "HTTNV");
        String[] merged = {"HTXSNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV", "KHTNV"};
        for (int i = 0; i < merged.length; i++) {
            member(values, 2024, "m" + i, "X24", "rated", merged[i]);
        }
        member(values, 2024, "s1", "S02", "rated", "HTTNV");
        member(values, 2024, "s2", "S02", "rated", "HTTNV");
        member(values, 2024, "s3", "S03", "rated", "HTXSNV");
        member(values, 2024, "s4", "S03", "rated", "HTNV");
        for (int year = 2019; year <= 2023; year++) {
            member(values, year, "p-star", "C01", "rated", "HTXSNV");
            member(values, year, "p-gap", "C01", "rated", year == 2021 ? "HTTNV" : "HTXSNV");
        }
        execute(
                connection,
                "insert into core.member_rating (year, person_key, cell_code, org_code, status, "
                        + "final_level) values " + values);
    }

    private static void member(StringBuilder values, int year, String person, String org, String status, String level) {
        if (!values.isEmpty()) {
            values.append(", ");
        }
        values.append("(%d, '%s', '%s-01', '%s', '%s', %s)"
                .formatted(year, person, org, org, status, level == null ? "null" : "'" + level + "'"));
    }

    private void organizations() throws SQLException {
        execute(connection, """
                insert into core.org_rating (year, unit_code, final_level) values
                    (2023, 'X01', 'HTTNV'), (2023, 'X02', 'HTTNV'), (2023, 'T01', 'HTNV'), (2023, 'S01', 'HTTNV'),
                    (2023, 'C01', 'HTXSNV'), (2023, 'C02', 'HTTNV'), (2023, 'C03', 'HTXSNV'), (2023, 'C04', 'HTTNV'),
                    (2024, 'X24', 'HTXSNV'), (2024, 'S02', 'HTTNV'), (2024, 'S03', 'HTXSNV')""");
        execute(connection, """
                insert into core.task_result
                    (year, unit_code, targets_total, targets_met, targets_exceeded, on_time_share) values
                    (2023, 'C01', 10, 10, 4, 1.0), (2023, 'C02', 10, 8, 0, 0.9), (2023, 'C03', 10, 6, 1, 0.8),
                    (2023, 'C04', 10, 9, 2, 1.0), (2023, 'X01', 10, 5, 0, 0.7)""");
        execute(connection, """
                insert into core.submission (year, unit_code, review_done_on, report_sent_on) values
                    (2023, 'C01', date '2023-12-10', date '2023-12-15'),
                    (2023, 'C02', date '2023-12-13', date '2024-01-02'),
                    (2023, 'C03', null, date '2023-12-01')""");
        execute(connection, """
                insert into core.shortcoming
                    (year, unit_code, person_key, category, description, status, subject_kind, reported_year)
                values
                    (2022, 'X01', null, 'unit_results', 'Giải ngân chậm', 'remedied', 'organization', 2022),
                    (2022, 'X02', null, 'unit_results', 'Thu ngân sách thấp', 'remedied', 'organization', 2022),
                    (2022, 'C01', null, 'organizational_discipline', 'Sinh hoạt chưa đều', 'remedied',
                        'organization', 2022),
                    (2023, 'C01', null, 'unit_results', 'Cải cách hành chính chậm', 'pending', 'organization', 2023),
                    (2022, 'C02', null, 'unit_results', 'Giải phóng mặt bằng chậm', 'partly_remedied',
                        'organization', 2022),
                    (2022, 'S01', null, 'unit_results', 'Hồ sơ tồn đọng', 'not_remedied', 'organization', 2022),
                    (2022, 'X01', 'a1', 'ethics_lifestyle', 'Chưa gương mẫu', 'not_remedied', 'person', 2022)""");
    }
}
