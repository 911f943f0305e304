package vn.danhgia.dashboard.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * A finding's evidence as a leader reads it: labelled facts with formatted values (counts, shares as
 * percent, levels by name, dates), groups of facts (thresholds, the summary form), tables (year by
 * year), the text of the year's rule, the method of a statistical test, and the source rows (file,
 * sheet, row). Never raw JSON: a field without a label in the bundle or a format in
 * {@code evidence-fields.properties} is left out and named in {@code unlabeledFields} (a test keeps
 * that list empty for every detector).
 *
 * @param detector the detector's name
 * @param title the detector's title
 * @param facts the top-level fields, in the order the evidence gives them
 * @param groups nested objects (thresholds, form, list) as labelled facts
 * @param tables nested lists (years, ratings): column labels and formatted cells
 * @param rule the year's rule as the evidence quotes it, else from {@code core.dim_rule_year}
 * @param test how a statistical detector tested (its evidence's {@code test})
 * @param sources the rows of the files behind the finding, with any details they carry
 * @param unlabeledFields paths of fields that have no label or format ({@code detector.path})
 */
public record EvidenceView(
        String detector,
        String title,
        List<Fact> facts,
        List<FactGroup> groups,
        List<FactTable> tables,
        Optional<String> rule,
        Optional<String> test,
        List<SourceRow> sources,
        List<String> unlabeledFields) {

    public EvidenceView {
        Checks.text("detector", detector);
        Objects.requireNonNull(title, "title");
        facts = List.copyOf(facts);
        groups = List.copyOf(groups);
        tables = List.copyOf(tables);
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(test, "test");
        sources = List.copyOf(sources);
        unlabeledFields = List.copyOf(unlabeledFields);
    }

    /** One labelled value; {@code key} is its bundle key. */
    public record Fact(String key, String label, String value) {
        public Fact {
            Checks.text("key", key);
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A nested object of the evidence as labelled facts. */
    public record FactGroup(String key, String label, List<Fact> facts) {
        public FactGroup {
            Checks.text("key", key);
            Objects.requireNonNull(label, "label");
            facts = List.copyOf(facts);
        }
    }

    /** A nested list of the evidence as a table: column labels, then formatted cells row by row. */
    public record FactTable(String key, String label, List<String> columns, List<List<String>> rows) {
        public FactTable {
            Checks.text("key", key);
            Objects.requireNonNull(label, "label");
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A source row: file, sheet (none for csv), row number, and the details the detector adds. */
    public record SourceRow(String file, Optional<String> sheet, Optional<Integer> row, List<Fact> details) {
        public SourceRow {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(sheet, "sheet");
            Objects.requireNonNull(row, "row");
            details = List.copyOf(details);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Properties FORMATS = formats();
    private static final Set<String> SOURCE_KEYS = Set.of("file", "sheet", "row");

    /** The formats of every detector's evidence fields ({@code detector.path=format}). */
    public static Map<String, String> fieldFormats() {
        Map<String, String> formats = new java.util.TreeMap<>();
        FORMATS.forEach((key, value) -> formats.put(key.toString(), value.toString()));
        return formats;
    }

    /**
     * The view of one finding's evidence. {@code ruleFallback} is the year's rule from the warehouse,
     * used when the evidence quotes none.
     */
    public static EvidenceView of(String detector, String evidence, Optional<String> ruleFallback, Labels labels) {
        Checks.text("detector", detector);
        Objects.requireNonNull(labels, "labels");
        JsonNode root;
        try {
            root = JSON.readTree(evidence == null ? "{}" : evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "the evidence of a " + detector + " finding is not JSON: " + e.getOriginalMessage(), e);
        }
        Builder builder = new Builder(detector, labels);
        Optional<String> rule = Optional.empty();
        Optional<String> test = Optional.empty();
        for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            switch (name) {
                case "rule" -> rule = text(value);
                case "test" -> test = text(value);
                case "sources" -> builder.sources(value);
                default -> builder.field(name, value);
            }
        }
        return new EvidenceView(
                detector,
                labels.detector(detector),
                builder.facts,
                builder.groups,
                builder.tables,
                rule.or(() -> ruleFallback.filter(text -> !text.isBlank())),
                test,
                builder.sources,
                builder.unlabeled);
    }

    private static Optional<String> text(JsonNode value) {
        return value == null || value.isNull()
                ? Optional.empty()
                : Optional.of(value.asText()).filter(text -> !text.isBlank());
    }

    /** Collects the parts of the view while walking the evidence. */
    private static final class Builder {
        final String detector;
        final Labels labels;
        final List<Fact> facts = new ArrayList<>();
        final List<FactGroup> groups = new ArrayList<>();
        final List<FactTable> tables = new ArrayList<>();
        final List<SourceRow> sources = new ArrayList<>();
        final List<String> unlabeled = new ArrayList<>();

        Builder(String detector, Labels labels) {
            this.detector = detector;
            this.labels = labels;
        }

        void field(String path, JsonNode value) {
            Optional<String> format = format(path);
            Optional<String> label = label(path);
            if (format.isEmpty() || label.isEmpty()) {
                unlabeled.add(detector + "." + path);
                return;
            }
            switch (format.get()) {
                case "object" -> groups.add(new FactGroup(key(path), label.get(), objectFacts(path, value)));
                case "array" -> tables.add(table(path, label.get(), value));
                default -> facts.add(new Fact(key(path), label.get(), value(format.get(), value)));
            }
        }

        List<Fact> objectFacts(String path, JsonNode object) {
            List<Fact> result = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = path + "." + field.getKey();
                Optional<String> format = format(child);
                Optional<String> label = label(child);
                if (format.isEmpty()
                        || label.isEmpty()
                        || format.get().equals("object")
                        || format.get().equals("array")) {
                    unlabeled.add(detector + "." + child);
                } else {
                    result.add(new Fact(key(child), label.get(), value(format.get(), field.getValue())));
                }
            }
            return result;
        }

        FactTable table(String path, String label, JsonNode array) {
            List<String> columnNames = new ArrayList<>();
            for (JsonNode item : array) {
                item.fieldNames().forEachRemaining(name -> {
                    if (!columnNames.contains(name)) {
                        columnNames.add(name);
                    }
                });
            }
            List<String> columns = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            for (String name : columnNames) {
                String child = path + "." + name;
                Optional<String> format = format(child);
                Optional<String> columnLabel = label(child);
                if (format.isEmpty() || columnLabel.isEmpty()) {
                    unlabeled.add(detector + "." + child);
                } else {
                    kept.add(name);
                    columns.add(columnLabel.get());
                }
            }
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode item : array) {
                List<String> cells = new ArrayList<>();
                for (String name : kept) {
                    cells.add(value(format(path + "." + name).orElseThrow(), item.get(name)));
                }
                rows.add(cells);
            }
            return new FactTable(key(path), label, columns, rows);
        }

        void sources(JsonNode array) {
            for (JsonNode item : array) {
                List<Fact> details = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> fields = item.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (SOURCE_KEYS.contains(field.getKey())) {
                        continue;
                    }
                    String child = "sources." + field.getKey();
                    Optional<String> format = format(child);
                    Optional<String> label = label(child);
                    if (format.isEmpty() || label.isEmpty()) {
                        unlabeled.add(detector + "." + child);
                    } else {
                        details.add(new Fact(key(child), label.get(), value(format.get(), field.getValue())));
                    }
                }
                JsonNode row = item.get("row");
                sources.add(new SourceRow(
                        text(item.get("file")).orElse(""),
                        text(item.get("sheet")),
                        row == null || row.isNull() ? Optional.empty() : Optional.of(row.asInt()),
                        details));
            }
        }

        Optional<String> format(String path) {
            return Optional.ofNullable(FORMATS.getProperty(detector + "." + path));
        }

        Optional<String> label(String path) {
            return labels.find(key(path));
        }

        String key(String path) {
            return "evidence." + detector + "." + path;
        }

        String value(String format, JsonNode value) {
            if (value == null || value.isNull()) {
                return labels.text("value.missing");
            }
            if (format.startsWith("code:")) {
                return labels.code("code." + format.substring("code:".length()), value.asText());
            }
            return switch (format) {
                case "count" -> labels.count(Math.round(value.asDouble()));
                case "decimal" -> labels.decimal(value.asDouble());
                case "percent" -> labels.percent(value.asDouble());
                case "probability" -> labels.probability(value.asDouble());
                case "year" -> String.valueOf(value.asInt());
                case "level" -> labels.level(value.asText());
                case "boolean" -> labels.bool(value.asBoolean());
                case "date" -> date(value.asText());
                case "text" -> value.asText();
                default ->
                    throw new IllegalStateException(
                            "unknown evidence format '" + format + "' in evidence-fields.properties");
            };
        }

        String date(String text) {
            try {
                return labels.date(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
    }

    private static Properties formats() {
        Properties properties = new Properties();
        try (InputStream in = EvidenceView.class.getResourceAsStream("evidence-fields.properties")) {
            if (in == null) {
                throw new IllegalStateException(
                        "evidence-fields.properties is missing beside " + EvidenceView.class.getName());
            }
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
