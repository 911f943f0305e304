package vn.danhgia.analytics.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.analytics.analyze.Analyzer;
import vn.danhgia.analytics.analyze.Thresholds;
import vn.danhgia.core.rules.RuleBook;
import vn.danhgia.core.testing.Samples;
import vn.danhgia.core.warehouse.Warehouses;
import vn.danhgia.etl.load.LoadProgress;
import vn.danhgia.etl.load.Loader;
import vn.danhgia.etl.load.PseudonymKey;
import vn.danhgia.etl.read.ReadHints;

/**
 * The samples loaded and analyzed: the one score-band violation of samples/EXPECTED.md (Chi bộ thôn Bằng,
 * 2025, row 18: score 86.5, decided excellent) is found, quoting QĐ 366's bands, and nothing else is.
 */
class SamplesScoreBandIT {
    private static final String LIST = "2025/DS danh gia xep loai DV 2025 - Chi bo thon Bang.xlsx";

    @TempDir
    Path folder;

    @Test
    void findsTheScoreBandViolationOfThe2025Sample() throws Exception {
        Path warehouse = folder.resolve("samples.duckdb");
        new Loader(Clock.systemUTC(), RuleBook.defaults())
                .load(
                        new Loader.Request(List.of(Samples.directory()), warehouse, ReadHints.none(), false),
                        PseudonymKey.of(new byte[32]),
                        LoadProgress.NONE);
        try (Connection connection = Warehouses.open(warehouse, Warehouses.Mode.WRITABLE)) {
            Analyzer.Result result = new Analyzer(Thresholds.builtIn(), Clock.systemUTC()).analyze(connection);
            assertThat(result.failedTests())
                    .as("data tests of the marts on the samples")
                    .isEmpty();

            List<String[]> findings = rows(
                    connection,
                    "select cast(f.year as varchar), f.subject_key, f.evidence, m.person_key"
                            + " from mart.findings as f"
                            + " left join core.member_rating as m on m.year = f.year and m.source_file = '" + LIST
                            + "' and m.source_row = 18"
                            + " where f.detector = 'score_band_mismatch'");

            assertThat(findings).hasSize(1);
            String[] finding = findings.get(0);
            assertThat(finding[0]).isEqualTo("2025");
            assertThat(finding[1]).isEqualTo(finding[3]).startsWith("p");
            JsonNode evidence = new ObjectMapper().readTree(finding[2]);
            JsonNode rating = evidence.get("ratings").get(0);
            assertThat(rating.get("kind").asText()).isEqualTo("member");
            assertThat(rating.get("score").asDouble()).isEqualTo(86.5);
            assertThat(rating.get("final_level").asText()).isEqualTo("HTXSNV");
            assertThat(rating.get("band_level").asText()).isEqualTo("HTTNV");
            assertThat(evidence.get("rule").asText())
                    .startsWith("Quy định số 366-QĐ/TW ngày 30/8/2025; Hướng dẫn số 43-HD/BTCTW ngày 31/10/2025"
                            + " (xếp loại năm 2025): Chấm điểm theo thang 100 điểm: từ 90 điểm trở lên là"
                            + " \"Hoàn thành xuất sắc nhiệm vụ\"");
            JsonNode source = evidence.get("sources").get(0);
            assertThat(source.get("file").asText()).isEqualTo(LIST);
            assertThat(source.get("sheet").asText()).isNotBlank();
            assertThat(source.get("row").asInt()).isEqualTo(18);
            assertThat(evidence.get("sources")).hasSize(1);
        }
    }

    private static List<String[]> rows(Connection connection, String sql) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                String[] row = new String[columns];
                for (int column = 1; column <= columns; column++) {
                    row[column - 1] = result.getString(column);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
