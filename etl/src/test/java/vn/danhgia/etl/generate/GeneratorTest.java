package vn.danhgia.etl.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.text.EncodingDetector;
import vn.danhgia.core.text.TextEncoding;

/** Files of the small test preset: determinism, readability, manifest and truth. */
class GeneratorTest {
    @TempDir
    static Path temp;

    private static Path first;
    private static Generator.Result result;
    private static JsonNode manifest;

    @BeforeAll
    static void generateTwice() throws IOException {
        first = temp.resolve("first");
        result = new Generator(new GeneratorOptions(Scale.TEST, 2018, 2025, 7, first, false)).run();
        new Generator(new GeneratorOptions(Scale.TEST, 2018, 2025, 7, temp.resolve("second"), false)).run();
        manifest = new ObjectMapper().readTree(first.resolve("manifest.json").toFile());
    }

    private static Map<String, String> hashes(Path root) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                hashes.put(root.relativize(file).toString(), HexFormat.of().formatHex(digest));
            }
        }
        return hashes;
    }

    @Test
    void sameSeedGivesIdenticalBytes() throws Exception {
        Map<String, String> one = hashes(first);
        assertThat(one).hasSizeGreaterThan(100);
        assertThat(hashes(temp.resolve("second"))).isEqualTo(one);
    }

    @Test
    void everyWorkbookOpensWithPoiAndHoldsTheManifestRows() throws IOException {
        DataFormatter formatter = new DataFormatter();
        for (JsonNode file : manifest.get("files")) {
            String format = file.get("format").asText();
            if (format.equals("csv")) {
                continue;
            }
            try (InputStream in =
                            Files.newInputStream(first.resolve(file.get("path").asText()));
                    Workbook workbook = WorkbookFactory.create(in)) {
                assertThat(workbook.getNumberOfSheets())
                        .isEqualTo(file.get("sheets").asInt());
                if (file.get("kind").asText().equals("unit_registry")) {
                    Sheet sheet = workbook.getSheetAt(0);
                    assertThat(sheet.getLastRowNum()).isEqualTo(file.get("rows").asInt());
                    assertThat(formatter.formatCellValue(sheet.getRow(0).getCell(0)))
                            .isEqualTo("Mã đơn vị");
                }
            }
        }
    }

    @Test
    void everyCsvDecodesCleanlyInItsDeclaredEncoding() throws IOException {
        int checked = 0;
        for (JsonNode file : manifest.get("files")) {
            if (!file.get("format").asText().equals("csv")) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(first.resolve(file.get("path").asText()));
            String encoding = file.get("encoding").asText();
            String text = decode(bytes, encoding);
            long lines = text.lines().count();
            assertThat(lines)
                    .as(file.get("path").asText())
                    .isEqualTo(file.get("rows").asLong() + 1);
            assertThat(text).doesNotContain("\uFFFD");
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    /** Core's strict decoder of the declared encoding, which the detector must also find. */
    private static String decode(byte[] bytes, String encoding) {
        TextEncoding declared = TextEncoding.fromCode(encoding).orElseThrow();
        assertThat(EncodingDetector.detect(bytes)).isEqualTo(declared);
        return declared.decode(bytes);
    }

    @Test
    void csvFormatsWriteTheSameRowsAsCsvOnly() throws IOException {
        Path csv = temp.resolve("csv");
        Generator.Result csvResult = new Generator(new GeneratorOptions(Scale.TEST, 2018, 2025, 7, csv, true)).run();
        assertThat(csvResult.rows()).isEqualTo(result.rows());
        assertThat(csvResult.files()).isEqualTo(result.files());
        try (Stream<Path> files = Files.walk(csv)) {
            assertThat(files.filter(Files::isRegularFile)
                            .map(Path::toString)
                            .filter(name -> !name.endsWith(".csv") && !name.endsWith(".json") && !name.endsWith(".md")))
                    .isEmpty();
        }
        assertThat(Files.readString(csv.resolve("truth/findings.csv")))
                .isEqualTo(Files.readString(first.resolve("truth/findings.csv")));
    }

    @Test
    void badRowsAreListedAtAboutTheirRate() {
        long memberRows = 0;
        long bad = 0;
        for (JsonNode file : manifest.get("files")) {
            if (file.get("kind").asText().equals("member_rating")) {
                memberRows += file.get("rows").asLong();
                bad += file.get("bad_rows").size();
            }
        }
        assertThat((double) bad / memberRows).isBetween(0.0005, 0.008);
        assertThat(manifest.get("totals").get("bad_rows").asLong()).isEqualTo(bad);
    }

    @Test
    void truthListsEveryDetectorWithItsHeader() throws IOException {
        List<String> lines = Files.readAllLines(first.resolve("truth/findings.csv"));
        assertThat(lines.get(0)).isEqualTo("detector,year,unit_code,subject");
        assertThat(lines.stream().skip(1).map(line -> line.split(",")[0]).distinct())
                .containsAll(Detector.RULE_BASED.stream()
                        .filter(d -> !d.equals(Detector.EXCELLENT_UNREMEDIED))
                        .toList())
                .containsAll(Detector.STATISTICAL);
        assertThat(result.files()).isEqualTo(manifest.get("files").size());
    }

    @Test
    void registryShowsTheReorganizations() throws IOException {
        Path registry = first.resolve("units/danh muc to chuc dang va sap nhap.xlsx");
        DataFormatter formatter = new DataFormatter();
        Map<String, Integer> successors = new TreeMap<>();
        String districtEnd = null;
        try (InputStream in = Files.newInputStream(registry);
                Workbook workbook = WorkbookFactory.create(in)) {
            for (Row row : workbook.getSheetAt(0)) {
                String code = formatter.formatCellValue(row.getCell(0));
                String end = formatter.formatCellValue(row.getCell(6));
                String successor = formatter.formatCellValue(row.getCell(7));
                String tier = formatter.formatCellValue(row.getCell(3));
                if (code.equals("HU")) {
                    districtEnd = end;
                }
                if (tier.equals("cơ sở") && end.equals("31/12/2023")) {
                    successors.merge(successor, 1, Integer::sum);
                }
            }
        }
        assertThat(districtEnd).isEqualTo("30/06/2025");
        assertThat(successors.values()).containsExactlyInAnyOrder(2, 2, 1);
    }
}
