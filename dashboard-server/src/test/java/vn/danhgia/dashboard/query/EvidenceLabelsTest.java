package vn.danhgia.dashboard.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every key a detector writes into its evidence has a label in both languages and a format: read from
 * the detectors' own SQL (sql/detectors/*.sql, as listed in sql/pipelines/analyze.yaml), so a detector
 * that starts writing a new key fails this test until the key is labelled.
 */
class EvidenceLabelsTest {
    /** A JSON key as the detectors write it: {@code '{"excellent":'} or {@code ',"quota":'}. */
    private static final Pattern KEY = Pattern.compile("\"([A-Za-z_]+)\":");

    /** Keys shown the same way for every detector (EvidenceView: sources, their file, sheet, row; rule; test). */
    private static final Set<String> COMMON = Set.of("sources", "file", "sheet", "row", "rule", "test");

    @Test
    void everyKeyADetectorWritesHasAFormatAndALabelInBothLanguages() throws IOException {
        Map<String, String> formats = EvidenceView.fieldFormats();
        Labels vietnamese = Labels.of(Locale.forLanguageTag("vi"));
        Labels english = Labels.of(Locale.ENGLISH);
        List<String> detectors = detectors();
        assertThat(detectors).hasSize(15);

        List<String> missing = new ArrayList<>();
        for (String detector : detectors) {
            Set<String> leaves = new TreeSet<>();
            formats.keySet().stream()
                    .filter(path -> path.startsWith(detector + "."))
                    .forEach(path -> leaves.add(path.substring(path.lastIndexOf('.') + 1)));
            Matcher keys = KEY.matcher(read("sql/detectors/" + detector + ".sql"));
            while (keys.find()) {
                String key = keys.group(1);
                if (!COMMON.contains(key) && !leaves.contains(key)) {
                    missing.add(detector + ": " + key);
                }
            }
            assertThat(vietnamese.find("detector." + detector)).as(detector).isPresent();
            assertThat(english.find("detector." + detector)).as(detector).isPresent();
        }
        assertThat(missing)
                .as("keys written by detectors without a format in evidence-fields.properties")
                .isEmpty();

        for (Map.Entry<String, String> field : formats.entrySet()) {
            String key = "evidence." + field.getKey();
            assertThat(vietnamese.find(key)).as(key).isPresent();
            assertThat(english.find(key)).as(key).isPresent();
            assertThat(field.getValue())
                    .as(field.getKey())
                    .matches(
                            "count|decimal|percent|probability|year|level|date|boolean|text|object|array|code:[A-Za-z]+");
            if (field.getValue().startsWith("code:")) {
                String group = "code." + field.getValue().substring("code:".length());
                assertThat(vietnamese.find(group + ".")).isEmpty();
                assertThat(codesOf(group)).as(group).isNotEmpty();
            }
        }
    }

    @Test
    void levelsAndCodesHaveTheirVietnameseNames() {
        Labels labels = Labels.of(Locale.forLanguageTag("vi"));

        assertThat(labels.level("HTXSNV")).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
        assertThat(labels.level("KHTNV")).isEqualTo("Không hoàn thành nhiệm vụ");
        assertThat(labels.unitType("public_service")).isEqualTo("Đơn vị sự nghiệp");
        assertThat(labels.shortcomingStatus("partly_remedied")).isEqualTo("Khắc phục chưa triệt để");
        assertThat(labels.percent(0.41666)).isEqualTo("41,7%");
        assertThat(labels.count(12345)).isEqualTo("12.345");
        assertThat(labels.probability(0.0000009)).isEqualTo("dưới 0,001");
        assertThat(Labels.of(Locale.ENGLISH).level("HTTNV")).isEqualTo("Completed duties well");
    }

    @Test
    void aFieldWithoutALabelIsLeftOutAndNamedNeverShownRaw() {
        EvidenceView view = EvidenceView.of(
                "excellent_quota",
                "{\"excellent\":3.0,\"brand_new\":{\"x\":1},\"sources\":[{\"file\":\"a.xlsx\",\"sheet\":null,\"row\":   7,\"odd\":1}]}",
                java.util.Optional.empty(),
                Labels.of(Locale.forLanguageTag("vi")));

        assertThat(view.facts()).extracting(EvidenceView.Fact::value).containsExactly("3");
        assertThat(view.unlabeledFields()).containsExactly("excellent_quota.brand_new", "excellent_quota.sources.odd");
        assertThat(view.sources())
                .containsExactly(new EvidenceView.SourceRow(
                        "a.xlsx", java.util.Optional.empty(), java.util.Optional.of(7), List.of()));
        assertThat(view.rule()).isEmpty();
    }

    private static List<String> codesOf(String group) {
        List<String> codes = new ArrayList<>();
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle(Labels.BUNDLE, Locale.ROOT);
        for (String key : bundle.keySet()) {
            if (key.startsWith(group + ".")) {
                codes.add(key);
            }
        }
        return codes;
    }

    private static List<String> detectors() throws IOException {
        JsonNode pipeline = new ObjectMapper(new YAMLFactory()).readTree(read("sql/pipelines/analyze.yaml"));
        List<String> detectors = new ArrayList<>();
        pipeline.path("steps").forEach(step -> {
            if (step.asText().startsWith("detectors/")) {
                detectors.add(step.asText().substring("detectors/".length()));
            }
        });
        return detectors;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = EvidenceLabelsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
