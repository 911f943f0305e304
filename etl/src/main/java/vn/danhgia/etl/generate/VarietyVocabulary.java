package vn.danhgia.etl.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The wider vocabulary of member lists (resource variety.yaml): per field the samples' labels and the
 * wider wordings, the level names over x-mark columns, the customary abbreviations of unit names, title
 * blocks and file-name templates.
 */
record VarietyVocabulary(
        Map<String, Wordings> headers,
        List<List<String>> xMarkLevels,
        List<List<String>> abbreviations,
        List<List<String>> titleBlocks,
        List<String> fileNames) {
    static final String RESOURCE = "/vn/danhgia/etl/generate/variety.yaml";

    /** The labels the layouts write for one field, and the wider wordings. */
    record Wordings(List<String> standard, List<String> wide) {
        Wordings {
            standard = List.copyOf(standard);
            wide = List.copyOf(wide);
            if (wide.isEmpty()) {
                throw new IllegalArgumentException("A field needs at least one wide wording");
            }
        }
    }

    VarietyVocabulary {
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        xMarkLevels = List.copyOf(xMarkLevels);
        abbreviations = List.copyOf(abbreviations);
        titleBlocks = List.copyOf(titleBlocks);
        fileNames = List.copyOf(fileNames);
        for (List<String> pair : abbreviations) {
            if (pair.size() != 2) {
                throw new IllegalArgumentException("An abbreviation is a pair [long, short], got " + pair);
            }
        }
        if (xMarkLevels.size() != 4 || titleBlocks.isEmpty() || fileNames.isEmpty()) {
            throw new IllegalArgumentException("variety.yaml needs 4 x-mark levels, title blocks and file names");
        }
    }

    /** The field whose standard label this is, or null. */
    String fieldOf(String label) {
        for (Map.Entry<String, Wordings> entry : headers.entrySet()) {
            if (entry.getValue().standard().contains(label)) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** Every wide wording of every field (and of the x-mark level names), in file order. */
    List<String> wideWordings() {
        List<String> all = new ArrayList<>();
        headers.values().forEach(wordings -> all.addAll(wordings.wide()));
        xMarkLevels.forEach(names -> all.addAll(names.subList(1, names.size())));
        return all;
    }

    static VarietyVocabulary defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final VarietyVocabulary DEFAULTS = load();

        private static VarietyVocabulary load() {
            try (InputStream in =
                    Objects.requireNonNull(VarietyVocabulary.class.getResourceAsStream(RESOURCE), RESOURCE)) {
                JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
                Map<String, Wordings> headers = new LinkedHashMap<>();
                root.get("headers")
                        .fields()
                        .forEachRemaining(entry -> headers.put(
                                entry.getKey(),
                                new Wordings(
                                        strings(entry.getValue().get("standard")),
                                        strings(entry.getValue().get("wide")))));
                return new VarietyVocabulary(
                        headers,
                        lists(root.get("x_mark_levels")),
                        lists(root.get("abbreviations")),
                        lists(root.get("title_blocks")),
                        strings(root.get("file_names")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static List<String> strings(JsonNode array) {
            List<String> values = new ArrayList<>();
            array.forEach(node -> values.add(node.asText()));
            return values;
        }

        private static List<List<String>> lists(JsonNode array) {
            List<List<String>> values = new ArrayList<>();
            array.forEach(node -> values.add(strings(node)));
            return values;
        }
    }
}
