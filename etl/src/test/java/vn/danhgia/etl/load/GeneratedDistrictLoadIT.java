package vn.danhgia.etl.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.config.DanhgiaConfig;
import vn.danhgia.core.rules.RuleBook;
import vn.danhgia.core.sql.DataTestResult;
import vn.danhgia.core.sql.DataTests;
import vn.danhgia.core.warehouse.Warehouses;
import vn.danhgia.etl.generate.Generator;
import vn.danhgia.etl.generate.GeneratorOptions;
import vn.danhgia.etl.read.ReadHints;

/**
 * The backbone check of the load: a generated district (every file kind, every layout, legacy
 * encodings, planted bad rows) loads with loaded + rejected equal to the manifest's rows, and the
 * rejects are exactly the manifest's bad rows, file, sheet, row and reason.
 */
class GeneratedDistrictLoadIT {
    private static final Map<String, String> REASONS = Map.of(
            "duplicate_card_number", "DUPLICATE_PERSON",
            "impossible_birth_year", "INVALID_YEAR",
            "missing_name", "MISSING_VALUE",
            "unknown_level", "UNKNOWN_LEVEL");

    @TempDir
    static Path temp;

    static JsonNode manifest;
    static LoadReport report;
    static Path warehouse;

    @BeforeAll
    static void generateAndLoad() throws Exception {
        Path data = temp.resolve("district");
        new Generator(GeneratorOptions.parse("district", "2018-2025", 2025, data, "mixed")).run();
        manifest = new ObjectMapper().readTree(data.resolve("manifest.json").toFile());
        warehouse = temp.resolve("w.duckdb");
        report = new Loader(Clock.systemUTC(), RuleBook.defaults())
                .load(
                        new Loader.Request(List.of(data), warehouse, ReadHints.none(), false),
                        PseudonymKey.resolve(DanhgiaConfig.defaults(), List.of(data)),
                        LoadProgress.NONE);
    }

    @Test
    void everyGeneratedFileIsReadWithTheManifestsRowCount() {
        Map<String, Long> rowsByFile = new HashMap<>();
        report.files().forEach(file -> rowsByFile.put(file.file(), file.rowsRead()));
        assertThat(report.filesFailed()).isZero();
        assertThat(report.files()).hasSize(manifest.path("files").size());
        for (JsonNode file : manifest.path("files")) {
            assertThat(rowsByFile.get(file.path("path").asText()))
                    .as(file.path("path").asText())
                    .isEqualTo(file.path("rows").asLong());
        }
    }

    @Test
    void loadedPlusRejectedEqualsTheManifestsRows() {
        assertThat(report.rowsLoaded() + report.rowsRejected())
                .isEqualTo(manifest.path("totals").path("rows").asLong());
        assertThat(report.rowsRejected())
                .isEqualTo(manifest.path("totals").path("bad_rows").asLong());
    }

    @Test
    void theRejectsAreExactlyTheManifestsBadRows() throws Exception {
        Set<String> expected = new HashSet<>();
        for (JsonNode file : manifest.path("files")) {
            for (JsonNode bad : file.path("bad_rows")) {
                expected.add(file.path("path").asText() + " | "
                        + bad.path("sheet").asText("") + " | " + bad.path("row").asInt() + " | "
                        + REASONS.get(bad.path("reason").asText()));
            }
        }
        List<String> actual = LoaderIT.query(warehouse, """
                select file || ' | ' || coalesce(sheet, '') || ' | ' || row || ' | ' || reason_code
                from meta.rejects""");

        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyGeneratedUnitResolvesToTheRegistry() throws Exception {
        // only the Fatherland Front committee of the monthly exports is not a party unit of the registry
        assertThat(LoaderIT.query(warehouse, "select count(*) from core.dim_unit where is_provisional"))
                .containsExactly("1");
        assertThat(LoaderIT.query(
                        warehouse,
                        "select count(*) from core.member_rating where org_code is null" + " or cell_code like '%-P%'"))
                .containsExactly("0");
    }

    @Test
    void theCoreTablesPassTheirDataTests() throws Exception {
        try (var connection = Warehouses.open(warehouse, Warehouses.Mode.READ_ONLY)) {
            List<DataTestResult> results = DataTests.run(connection, DataTests.ofLayer("core"));
            assertThat(results).isNotEmpty().allSatisfy(result -> assertThat(result.sampleRows())
                    .as(result.name())
                    .isEmpty());
        }
    }
}
