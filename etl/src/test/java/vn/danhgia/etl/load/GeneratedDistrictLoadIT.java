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
 * rejects are exactly the manifest's bad rows, file, sheet, row and reason. The district is generated
 * with {@code --variety wide}: a share of its member lists word their headers, title blocks and file names
 * beyond the loader's synonyms, some name their unit only in the file name or folder, so each list's rows
 * must also land on the unit the manifest says wrote it.
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
        new Generator(GeneratorOptions.parse(
                        "district", "2018-2025", 2025, data, "mixed", "wide", GeneratorOptions.DEFAULT_VARIETY_SHARE))
                .run();
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
    void everyMemberListLandsOnTheUnitThatWroteIt() throws Exception {
        Map<String, String> expected = new HashMap<>();
        int varied = 0;
        for (JsonNode file : manifest.path("files")) {
            if (file.path("kind").asText().equals("member_rating")) {
                expected.put(
                        file.path("path").asText(), "[" + file.path("unit_code").asText() + "]");
                varied += file.path("variations").toString().contains("variety_") ? 1 : 0;
            }
        }
        Map<String, String> actual = new HashMap<>();
        for (String row : LoaderIT.query(warehouse, """
                select source_file || ' | ' || cast(list(distinct org_code order by org_code) as varchar)
                from core.member_rating group by source_file""")) {
            int separator = row.lastIndexOf(" | ");
            actual.put(row.substring(0, separator), row.substring(separator + 3));
        }

        assertThat(varied).as("member lists written in the wide variety").isGreaterThan(50);
        assertThat(actual).isEqualTo(expected);
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
