package vn.danhgia.dashboard.upload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the loader understands one uploaded file, asked of {@code bin/danhgia inspect FILE --json} as a child
 * process (the dashboard never reads unit files itself), and the mapping of a layout it does not
 * understand saved as a profile: {@code inspect FILE --json --map=CELL=FIELD ... --save NAME}. The child
 * writes its messages in the user's language ({@code DANHGIA_LANG}).
 */
public final class InspectRunner {
    /** What a profile may be named (as the loader's MappingProfile requires). */
    public static final Pattern PROFILE_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}");

    /** The header row that came closest, for a layout not understood: its cells, what bound, what is missing. */
    public record Closest(
            Optional<String> sheet,
            int row,
            String kind,
            List<String> cells,
            Map<String, String> bound,
            List<String> missing) {
        public Closest {
            Objects.requireNonNull(sheet, "sheet");
            Objects.requireNonNull(kind, "kind");
            cells = List.copyOf(cells);
            bound = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bound));
            missing = List.copyOf(missing);
        }
    }

    /** One file as inspect reported it: understood (its kind), or an error (with the closest row when not understood). */
    public record Inspection(
            String file,
            Optional<String> kind,
            Optional<String> error,
            boolean unknownLayout,
            Optional<Closest> closest,
            Optional<String> profile,
            Optional<String> savedProfile) {
        public Inspection {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(closest, "closest");
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(savedProfile, "savedProfile");
        }
    }

    /** The child's report (empty when it wrote none: bad usage, then {@code step.outputTail()} says why). */
    public record Outcome(Optional<Inspection> inspection, LoadRunner.Step step) {
        public Outcome {
            Objects.requireNonNull(inspection, "inspection");
            Objects.requireNonNull(step, "step");
        }

        /** What went wrong, if anything: inspect's error for the file, else its message on bad usage. */
        public Optional<String> error() {
            if (inspection.isPresent()) {
                return inspection.get().error();
            }
            String tail = step.outputTail().strip();
            return Optional.of(
                    tail.isEmpty()
                            ? "exit " + step.exitCode().map(String::valueOf).orElse("timeout")
                            : tail);
        }
    }

    private final Path command;
    private final Map<String, String> environment;
    private final Duration timeout;
    private final ObjectMapper json = new ObjectMapper();

    public InspectRunner(Path command, Map<String, String> environment, Duration timeout) {
        this.command = Objects.requireNonNull(command, "command");
        this.environment = Map.copyOf(environment);
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** How the file is understood ({@code language}: "vi" or "en", for the messages). */
    public Outcome inspect(Path file, String language) throws IOException {
        return run(file, language, List.of());
    }

    /** Maps header cells to fields and saves the mapping as profile {@code name}, then inspects the file with it. */
    public Outcome save(Path file, String language, String name, Map<String, String> columns) throws IOException {
        if (!PROFILE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bad profile name: " + name);
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("nothing mapped");
        }
        List<String> arguments = new ArrayList<>();
        for (Map.Entry<String, String> column : columns.entrySet()) {
            // "--map=…" so that a cell starting with '-' is never read as an option
            arguments.add("--map=" + column.getKey() + "=" + column.getValue());
        }
        arguments.add("--save=" + name);
        return run(file, language, arguments);
    }

    private Outcome run(Path file, String language, List<String> extra) throws IOException {
        List<String> line = new ArrayList<>();
        line.add(command.toString());
        line.add("inspect");
        line.add(file.toAbsolutePath().toString());
        line.add("--json");
        line.add("--rows=0");
        line.addAll(extra);
        Map<String, String> variables = new HashMap<>(environment);
        variables.put("DANHGIA_LANG", "en".equals(language) ? "en" : "vi");
        Path output = Files.createTempFile("danhgia-inspect", ".json");
        Path errors = Files.createTempFile("danhgia-inspect", ".log");
        try {
            LoadRunner.Step step = ChildProcess.run(line, variables, output, errors, timeout);
            return new Outcome(parse(output), step);
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
        }
    }

    private Optional<Inspection> parse(Path output) {
        JsonNode root;
        try {
            String text = Files.readString(output, StandardCharsets.UTF_8);
            root = text.isBlank() ? null : json.readTree(text);
        } catch (IOException e) {
            root = null;
        }
        if (root == null || root.path("files").isEmpty()) {
            return Optional.empty();
        }
        JsonNode file = root.path("files").get(0);
        Optional<Closest> closest = Optional.empty();
        JsonNode near = file.path("closest");
        if (near.isObject()) {
            List<String> cells = new ArrayList<>();
            near.path("cells").forEach(cell -> cells.add(cell.asText()));
            Map<String, String> bound = new LinkedHashMap<>();
            near.path("bound")
                    .forEach(binding -> bound.putIfAbsent(
                            binding.path("header").asText(),
                            binding.path("field").asText()));
            List<String> missing = new ArrayList<>();
            near.path("missing").forEach(field -> missing.add(field.asText()));
            closest = Optional.of(new Closest(
                    text(near, "sheet"),
                    near.path("row").asInt(),
                    near.path("kind").asText(),
                    cells,
                    bound,
                    missing));
        }
        return Optional.of(new Inspection(
                file.path("file").asText(),
                text(file, "kind"),
                text(file, "error"),
                "UNKNOWN_LAYOUT".equals(file.path("error_code").asText()),
                closest,
                text(file, "profile"),
                text(file, "saved_profile")));
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }
}
