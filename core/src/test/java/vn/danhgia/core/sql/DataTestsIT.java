package vn.danhgia.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

/** Runs the packaged data tests on DuckDB: each passes on a clean warehouse and catches its own planted fault. */
class DataTestsIT {
    private static final String MEMBER =
            "insert into core.member_rating (year, person_key, org_code, status, final_level, source_file, source_row, load_id) ";
    private static final String LINEAGE = "'f.xlsx', 12, 'l1'";

    /** test name -> statements that break exactly that test's rule. */
    private static final Map<String, List<String>> PLANTED = planted();

    private static Map<String, List<String>> planted() {
        Map<String, List<String>> plants = new LinkedHashMap<>();
        plants.put(
                "core/accepted_levels",
                List.of("insert into core.org_rating (year, unit_code, final_level, source_file, source_row, load_id) "
                        + "values (2024, 'X21', 'Tốt', " + LINEAGE + ")"));
        plants.put(
                "core/lineage_not_null",
                List.of("insert into core.org_rating (year, unit_code, final_level, source_file, source_row) "
                        + "values (2024, 'X21', 'HTTNV', 'f.xlsx', 12)"));
        plants.put(
                "core/member_status_and_levels",
                List.of(MEMBER + "values (2024, 'p1', 'X21', 'exempt', 'HTTNV', " + LINEAGE + ")"));
        plants.put("core/not_null_keys", List.of("insert into core.dim_person (birth_year) values (1970)"));
        plants.put("core/unique_dim_person", twice("insert into core.dim_person (person_key) values ('p1')"));
        plants.put("core/unique_dim_rule_year", twice("insert into core.dim_rule_year (year) values (2025)"));
        plants.put(
                "core/unique_dim_unit",
                twice("insert into core.dim_unit (unit_code, valid_from) values ('X21', date '2024-01-01')"));
        plants.put(
                "core/unique_leader_rating",
                twice("insert into core.leader_rating (year, person_key, unit_code, source_file, source_row, load_id) "
                        + "values (2024, 'p1', 'X21', " + LINEAGE + ")"));
        plants.put(
                "core/unique_member_rating",
                twice(MEMBER + "values (2024, 'p1', 'X21', 'rated', 'HTTNV', " + LINEAGE + ")"));
        plants.put(
                "core/unique_monthly_score",
                twice("insert into core.monthly_score (year, month, person_key, unit_code, source_file, source_row, "
                        + "load_id) values (2025, 1, 'p1', 'X21', " + LINEAGE + ")"));
        plants.put("core/unique_org_rating", twice(unitFact("core.org_rating")));
        plants.put("core/unique_submission", twice(unitFact("core.submission")));
        plants.put("core/unique_summary_report", twice(unitFact("core.summary_report")));
        plants.put("core/unique_task_result", twice(unitFact("core.task_result")));
        plants.put(
                "core/unique_unit_mapping",
                twice("insert into core.unit_mapping values ('X01', date '2023-12-31', 'X21', 0.5)"));
        plants.put(
                "core/unit_mapping_weights",
                List.of("insert into core.unit_mapping values ('X01', date '2023-12-31', 'X21', 0.5)"));
        return plants;
    }

    @Test
    void everyPackagedTestHasAPlantedFault() {
        assertThat(DataTests.ofLayer("core"))
                .extracting(DataTest::name)
                .containsExactlyInAnyOrderElementsOf(PLANTED.keySet());
    }

    @Test
    void allPassOnAFreshWarehouse() throws SQLException {
        try (Connection connection = freshWarehouse()) {
            List<DataTestResult> results = DataTests.run(connection, DataTests.ofLayer("core"));

            assertThat(results).hasSize(PLANTED.size()).allSatisfy(result -> assertThat(result.passed())
                    .as(result.name())
                    .isTrue());
        }
    }

    @Test
    void eachTestCatchesItsOwnFaultAndNoOther() throws SQLException {
        for (Map.Entry<String, List<String>> plant : PLANTED.entrySet()) {
            try (Connection connection = freshWarehouse()) {
                for (String sql : plant.getValue()) {
                    execute(connection, sql);
                }

                List<String> failed = DataTests.run(connection, DataTests.ofLayer("core")).stream()
                        .filter(result -> !result.passed())
                        .map(DataTestResult::name)
                        .toList();

                assertThat(failed).as("planted for %s", plant.getKey()).containsExactly(plant.getKey());
            }
        }
    }

    @Test
    void reportsTheFailingRows() throws SQLException {
        try (Connection connection = freshWarehouse()) {
            for (String sql : PLANTED.get("core/unique_member_rating")) {
                execute(connection, sql);
            }

            DataTestResult result = DataTests.run(connection, DataTests.ofLayer("core")).stream()
                    .filter(r -> r.name().equals("core/unique_member_rating"))
                    .findFirst()
                    .orElseThrow();

            assertThat(result.failingRows()).isEqualTo(1);
            assertThat(result.sampleRows()).containsExactly("year=2024, person_key=p1, count_rows=2");
        }
    }

    @Test
    void failsWithTheTestNameWhenTheSchemaIsMissing() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            List<DataTest> tests = DataTests.ofLayer("core").subList(0, 1);

            assertThatThrownBy(() -> DataTests.run(connection, tests))
                    .isInstanceOf(DanhgiaException.class)
                    .hasMessageStartingWith("Không chạy được kiểm thử dữ liệu core/accepted_levels: ")
                    .extracting(e -> ((DanhgiaException) e).code())
                    .isEqualTo(ErrorCode.WAREHOUSE_UNAVAILABLE);
        }
    }

    private static Connection freshWarehouse() throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        WarehouseSchema.fromClasspath().apply(connection);
        return connection;
    }

    private static String unitFact(String table) {
        return "insert into " + table + " (year, unit_code, source_file, source_row, load_id) values (2024, 'X21', "
                + LINEAGE + ")";
    }

    private static List<String> twice(String sql) {
        return List.of(sql, sql);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
