package vn.danhgia.dashboard.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.danhgia.core.sandbox.SandboxLimits;

/**
 * The notebooks the dashboard shows: the repository's notebooks/ folder, packaged into the dashboard's jar
 * under {@code notebooks/} and listed, in order, by {@code notebooks/index.yaml}. They are read once.
 */
public final class NotebookLibrary {
    /** What one notebook query may take: the sandbox's defaults, with a page's worth of rows. */
    public static final SandboxLimits LIMITS =
            SandboxLimits.defaults().withMaxRows(500).withTimeout(Duration.ofSeconds(60));

    private static final String FOLDER = "notebooks/";
    private static final String SUFFIX = ".ipynb";

    private final Map<String, Notebook> notebooks;

    private NotebookLibrary(Map<String, Notebook> notebooks) {
        this.notebooks = Collections.unmodifiableMap(notebooks);
    }

    /** The packaged notebooks; a name in the index without its file is a build error, said at once. */
    public static NotebookLibrary fromClasspath() {
        Map<String, Notebook> read = new LinkedHashMap<>();
        for (String name : index()) {
            String json = resource(FOLDER + name + SUFFIX)
                    .orElseThrow(() -> new IllegalStateException(
                            "notebooks/index.yaml lists " + name + " but the jar has no notebooks/" + name + SUFFIX));
            read.put(name, Notebook.parse(name, name + SUFFIX, json));
        }
        return new NotebookLibrary(read);
    }

    /** The names notebooks/index.yaml lists, in order. */
    public static List<String> index() {
        String yaml = resource(FOLDER + "index.yaml")
                .orElseThrow(() -> new IllegalStateException("the dashboard's jar has no notebooks/index.yaml"));
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
            List<String> names = new ArrayList<>();
            root.path("notebooks").forEach(name -> names.add(name.asText()));
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException("notebooks/index.yaml cannot be read", e);
        }
    }

    /** A notebook's name: its file name without {@code .ipynb}. */
    public static String nameOf(String fileName) {
        return fileName.endsWith(SUFFIX) ? fileName.substring(0, fileName.length() - SUFFIX.length()) : fileName;
    }

    public List<Notebook> all() {
        return List.copyOf(notebooks.values());
    }

    public Optional<Notebook> find(String name) {
        return Optional.ofNullable(notebooks.get(name));
    }

    private static Optional<String> resource(String path) {
        try (InputStream input = NotebookLibrary.class.getClassLoader().getResourceAsStream(path)) {
            return input == null
                    ? Optional.empty()
                    : Optional.of(new String(input.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
