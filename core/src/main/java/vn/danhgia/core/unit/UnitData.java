package vn.danhgia.core.unit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the YAML data files of this package (Vietnamese spellings are data, not code). A missing or
 * malformed file is a packaging bug, so it fails with an unchecked exception naming the file.
 */
final class UnitData {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private UnitData() {}

    static JsonNode read(String fileName) {
        String resource = "/vn/danhgia/core/unit/" + fileName;
        try (InputStream in = UnitData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing data file " + resource + " on the classpath");
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read data file " + resource, e);
        }
    }

    /** The text items of a YAML list; fails when the node is not a list of non-blank strings. */
    static List<String> texts(JsonNode list, String where) {
        if (list == null || !list.isArray()) {
            throw new IllegalStateException("Expected a list at " + where);
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : list) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new IllegalStateException("Expected non-blank text in the list at " + where + ": " + item);
            }
            result.add(item.asText());
        }
        return List.copyOf(result);
    }
}
