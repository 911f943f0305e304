package vn.danhgia.etl.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.text.VietnameseText;

/** `--variety wide`: wordings beyond the loader's synonyms, seeded, at the share asked, content unchanged. */
class VarietyTest {
    private static final double SHARE = 0.5;

    @TempDir
    static Path temp;

    private static JsonNode wide;
    private static JsonNode standard;

    @BeforeAll
    static void generate() throws IOException {
        new Generator(new GeneratorOptions(Scale.TEST, 2018, 2025, 7, temp.resolve("wide"), false, Variety.WIDE, SHARE))
                .run();
        new Generator(new GeneratorOptions(
                        Scale.TEST, 2018, 2025, 7, temp.resolve("wide-again"), false, Variety.WIDE, SHARE))
                .run();
        new Generator(new GeneratorOptions(Scale.TEST, 2018, 2025, 7, temp.resolve("standard"), false)).run();
        ObjectMapper json = new ObjectMapper();
        wide = json.readTree(temp.resolve("wide/manifest.json").toFile());
        standard = json.readTree(temp.resolve("standard/manifest.json").toFile());
    }

    /** The loader's folded form: diacritics off, đ to d, lower case, anything but letters, digits and % a space. */
    private static String fold(String text) {
        return VietnameseText.fold(text)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9%]+", " ")
                .trim();
    }

    /** Every spelling of etl/read's header-synonyms.yaml, folded. */
    private static Set<String> loaderSynonyms() throws IOException {
        Set<String> synonyms = new HashSet<>();
        try (InputStream in = VarietyTest.class.getResourceAsStream("/vn/danhgia/etl/read/header-synonyms.yaml")) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            for (JsonNode kind : root.get("kinds")) {
                kind.get("fields").forEach(spellings -> spellings.forEach(s -> synonyms.add(fold(s.asText()))));
            }
            root.get("levels").forEach(level -> level.get("headers").forEach(s -> synonyms.add(fold(s.asText()))));
            root.get("count_headers").forEach(s -> synonyms.add(fold(s.asText())));
        }
        return synonyms;
    }

    @Test
    void mostWideWordingsAreNotInTheLoadersSynonymTable() throws IOException {
        Set<String> synonyms = loaderSynonyms();
        List<String> wordings = VarietyVocabulary.defaults().wideWordings();
        List<String> unknown = new ArrayList<>(
                wordings.stream().filter(w -> !synonyms.contains(fold(w))).toList());
        assertThat(synonyms).contains(fold("Họ và tên"), fold("Đảng ủy quyết định"));
        assertThat(wordings)
                .contains(
                        "Họ và tên ĐV",
                        "Chi ủy đề nghị",
                        "Đảng viên tự nhận mức",
                        "Kết quả do Đảng ủy cơ sở quyết định");
        assertThat(unknown).hasSizeGreaterThanOrEqualTo((wordings.size() + 1) / 2);
        assertThat(unknown)
                .contains(
                        "Họ và tên ĐV",
                        "Chi ủy đề nghị",
                        "Đảng viên tự nhận mức",
                        "Kết quả do Đảng ủy cơ sở quyết định");
    }

    @Test
    void wideVarietyIsSeeded() throws Exception {
        assertThat(hashes(temp.resolve("wide-again"))).isEqualTo(hashes(temp.resolve("wide")));
    }

    @Test
    void aboutTheShareOfMemberListsIsVariedEachWayAndTheRestAsTheSamples() {
        int lists = 0;
        Map<String, Integer> ways = new TreeMap<>();
        for (JsonNode file : wide.get("files")) {
            if (!file.get("kind").asText().equals("member_rating")) {
                continue;
            }
            lists++;
            file.get("variations").forEach(v -> {
                if (v.asText().startsWith("variety_")) {
                    ways.merge(v.asText(), 1, Integer::sum);
                }
            });
        }
        assertThat((double) ways.get(MemberListVariety.HEADERS) / lists).isBetween(SHARE - 0.15, SHARE + 0.15);
        assertThat(ways)
                .containsKeys(
                        MemberListVariety.HEADERS_CAPITALS,
                        MemberListVariety.HEADERS_NO_DIACRITICS,
                        MemberListVariety.TITLE_BLOCK,
                        MemberListVariety.FILE_NAME,
                        MemberListVariety.UNIT_IN_FOLDER);
        assertThat(standard.toString()).doesNotContain("variety");
        assertThat(wide.get("variety").asText()).isEqualTo("wide");
    }

    @Test
    void unitsAreOnlyInTheFileNameOrTheFolderOfSomeLists() {
        List<String> paths = new ArrayList<>();
        wide.get("files").forEach(file -> {
            if (file.get("kind").asText().equals("member_rating")) {
                paths.add(file.get("path").asText());
            }
        });
        // "2024/CB Truong THCS ... 2024.xlsx", "2024/DU_..._2024.xlsx": no " - " before the unit
        assertThat(paths).anyMatch(path -> path.matches("\\d{4}/(CB|DU)[ _][^/]*[ _]\\d{4}\\.(xlsx|xls|csv)"));
        // "2024/DU xa .../Bieu xep loai 2024.xlsx"
        assertThat(paths).anyMatch(path -> path.matches("\\d{4}/(CB|DU) [^/]+/[^/]+"));
    }

    @Test
    void theContentAndTheTruthAreTheSameAsWithoutVariety() throws IOException {
        assertThat(Files.readString(temp.resolve("wide/truth/findings.csv")))
                .isEqualTo(Files.readString(temp.resolve("standard/truth/findings.csv")));
        List<Integer> wideRows = new ArrayList<>();
        List<Integer> standardRows = new ArrayList<>();
        wide.get("files").forEach(file -> wideRows.add(file.get("rows").asInt()));
        standard.get("files").forEach(file -> standardRows.add(file.get("rows").asInt()));
        assertThat(wideRows).isEqualTo(standardRows);
    }

    @Test
    void everyVariedWorkbookOpens() throws IOException {
        for (JsonNode file : wide.get("files")) {
            if (file.get("format").asText().equals("csv")
                    || !file.get("variations").toString().contains("variety_")) {
                continue;
            }
            try (InputStream in = Files.newInputStream(
                            temp.resolve("wide").resolve(file.get("path").asText()));
                    Workbook workbook = WorkbookFactory.create(in)) {
                assertThat(workbook.getNumberOfSheets())
                        .isEqualTo(file.get("sheets").asInt());
            }
        }
    }

    @Test
    void aVarietyOrShareOutsideTheChoicesIsRefused() {
        assertThatThrownBy(() -> GeneratorOptions.parse("test", "2018-2025", 1, temp, "mixed", "broad", 0.2))
                .isInstanceOf(DanhgiaException.class)
                .hasMessageContaining("broad");
        assertThatThrownBy(() -> GeneratorOptions.parse("test", "2018-2025", 1, temp, "mixed", "wide", 1.5))
                .isInstanceOf(DanhgiaException.class)
                .hasMessageContaining("1.5");
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
}
