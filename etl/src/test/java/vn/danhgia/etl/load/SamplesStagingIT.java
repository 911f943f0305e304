package vn.danhgia.etl.load;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.etl.load.DisciplineStagingIT.rows;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.rules.RuleBook;
import vn.danhgia.core.sql.DataTestResult;
import vn.danhgia.core.sql.DataTests;
import vn.danhgia.core.testing.Samples;
import vn.danhgia.core.warehouse.Warehouses;
import vn.danhgia.etl.read.ReadHints;

/** Every sample file loaded at once: the core tables hold what samples/EXPECTED.md says, and nothing is rejected. */
class SamplesStagingIT {
    @TempDir
    static Path folder;

    static Path warehouse;

    @BeforeAll
    static void loadSamples() {
        warehouse = folder.resolve("danhgia.duckdb");
        new Loader(Clock.systemUTC(), RuleBook.defaults())
                .load(
                        new Loader.Request(List.of(Samples.directory()), warehouse, ReadHints.none(), false),
                        DisciplineStagingIT.KEY,
                        LoadProgress.NONE);
    }

    @Test
    void rejectsNothing() throws Exception {
        assertThat(rows(warehouse, "select file, row, column_name, value, reason_code from meta.rejects"))
                .isEmpty();
        assertThat(rows(warehouse, "select count(*) from meta.load_log where rows_rejected > 0 or status <> 'loaded'"))
                .containsExactly("0");
    }

    @Test
    void disciplineRegisterHasSixDecisionsByForm() throws Exception {
        assertThat(rows(
                        warehouse,
                        "select form, form_code, count(*) from core.discipline group by form, form_code order by form"))
                .containsExactly("Cảnh cáo | warning | 1", "Khai trừ | expulsion | 1", "Khiển trách | reprimand | 4");
        assertThat(rows(warehouse, "select count(*) from core.discipline where year = 2024 and decided_on is not null"))
                .containsExactly("6");
    }

    @Test
    void shortcomingsFollowUnitsThroughTheMerger() throws Exception {
        assertThat(rows(warehouse, """
                        select year, unit_code, status, subject_kind, reported_year
                        from core.shortcoming order by source_row"""))
                .containsExactly(
                        "2023 | X01 | partly_remedied | organization | 2024",
                        "2024 | X21 | recurred | organization | 2024",
                        "2023 | X01 | remedied | organization | 2024",
                        "2023 | C01 | partly_remedied | organization | 2024",
                        "2024 | C01 | not_remedied | organization | 2024",
                        "2023 | X03 | remedied | organization | 2024",
                        "2024 | X03 | pending | organization | 2024");
    }

    @Test
    void monthlyExportHasOneHundredTenScores() throws Exception {
        assertThat(rows(warehouse, """
                        select count(*), count(distinct person_key), min(month), max(month), min(year), max(year)
                        from core.monthly_score""")).containsExactly("110 | 10 | 1 | 11 | 2025 | 2025");
        assertThat(rows(warehouse, "select count(*) from core.monthly_score where grade not in ('A', 'B', 'C', 'D')"))
                .containsExactly("0");
    }

    @Test
    void organizationRatingsOf2018CountTwoEightTwoZero() throws Exception {
        assertThat(rows(warehouse, """
                        select
                            count(*),
                            count(case when final_level = 'HTXSNV' then 1 end),
                            count(case when final_level = 'HTTNV' then 1 end),
                            count(case when final_level = 'HTNV' then 1 end),
                            count(case when final_level = 'KHTNV' then 1 end)
                        from core.org_rating where year = 2018""")).containsExactly("12 | 2 | 8 | 2 | 0");
        assertThat(rows(warehouse, "select unit_code from core.org_rating where source_row = 2"))
                .containsExactly("X01");
    }

    @Test
    void summaryReportOf2022CountsDongLamAsAWhole() throws Exception {
        assertThat(rows(warehouse, """
                        select year, unit_code, total_members, rated, exempt, not_rated, count_htxsnv, count_httnv,
                            count_htnv, count_khtnv
                        from core.summary_report""")).containsExactly("2022 | X01 | 60 | 54 | 5 | 1 | 8 | 40 | 5 | 1");
    }

    @Test
    void registryIsTypedInStaging() throws Exception {
        assertThat(rows(warehouse, """
                        select unit_code, unit_type, tier, parent_code, valid_from, valid_to, successor_code
                        from staging.unit_registry where unit_code in ('X01', 'C01', 'X21-01') order by unit_code"""))
                .containsExactly(
                        "C01 | public_service | grassroots | HU | 2015-01-01 | 2025-06-30 | X31",
                        "X01 | commune | grassroots | HU | 2015-01-01 | 2023-12-31 | X21",
                        "X21-01 | cell | cell | X21 | 2024-01-01 | null | null");
    }

    @Test
    void coreDataTestsHoldOnTheSamples() throws Exception {
        try (Connection connection = Warehouses.open(warehouse, Warehouses.Mode.READ_ONLY)) {
            List<DataTestResult> results = DataTests.run(connection, DataTests.ofLayer("core"));
            assertThat(results)
                    .allSatisfy(result ->
                            assertThat(result.sampleRows()).as(result.name()).isEmpty());
        }
    }
}
