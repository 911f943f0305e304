package vn.danhgia.dashboard.notebook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;

/**
 * An analysts' notebook: a Jupyter notebook (nbformat 4) whose code cells are DuckDB SQL, one query each,
 * and whose Markdown cells explain them. What the danhgia notebooks add lives in metadata under {@code
 * "danhgia"}: the notebook's title and summary, and a cell's chart (see notebooks/README.md). Outputs stored
 * in the file are ignored: a notebook is always run afresh.
 *
 * @param name the file's name without {@code .ipynb} (the dashboard's address of it)
 * @param title the notebook's title: its metadata's, else its first Markdown heading, else its name
 * @param summary one or two sentences saying what it answers (may be empty)
 * @param cells its Markdown and SQL cells in order (raw cells are left out)
 */
public record Notebook(String name, String title, String summary, List<NotebookCell> cells) {
    static final Messages MESSAGES = Messages.of("vn.danhgia.dashboard.page.notebook");
    private static final ObjectMapper JSON = new ObjectMapper();

    public Notebook {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        cells = List.copyOf(cells);
    }

    public List<NotebookCell> sqlCells() {
        return cells.stream().filter(NotebookCell::isSql).toList();
    }

    /**
     * Reads a notebook's JSON; {@code file} names it in messages. A text that is not a notebook this
     * runner can run is refused with a {@link DanhgiaException} ({@link ErrorCode#INVALID_USAGE}) saying
     * what is wrong where, in the process's language.
     */
    public static Notebook parse(String name, String file, String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw invalid("notebook.invalid.json", file, e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw invalid("notebook.invalid.notObject", file);
        }
        JsonNode format = root.get("nbformat");
        if (format == null || !format.isInt() || format.asInt() != 4) {
            throw invalid("notebook.invalid.format", file, format == null ? "–" : format.toString());
        }
        JsonNode cells = root.get("cells");
        if (cells == null || !cells.isArray()) {
            throw invalid("notebook.invalid.cells", file);
        }
        List<NotebookCell> parsed = new ArrayList<>();
        int number = 0;
        for (JsonNode cell : cells) {
            number++;
            Optional<NotebookCell> one = cell(file, number, cell);
            one.ifPresent(parsed::add);
        }
        JsonNode danhgia = root.path("metadata").path("danhgia");
        String title = text(danhgia.get("title")).or(() -> firstHeading(parsed)).orElse(name);
        String summary = text(danhgia.get("summary")).orElse("");
        return new Notebook(name, title, summary, parsed);
    }

    private static Optional<NotebookCell> cell(String file, int number, JsonNode cell) {
        String where = String.valueOf(number);
        if (!cell.isObject()) {
            throw invalid("notebook.invalid.cell", file, where);
        }
        String type = cell.path("cell_type").asText("");
        Optional<String> id = text(cell.get("id"));
        String source = source(file, where, cell.get("source"));
        JsonNode danhgia = cell.path("metadata").path("danhgia");
        return switch (type) {
            case "markdown" ->
                Optional.of(new NotebookCell(number, id, NotebookCell.Kind.MARKDOWN, source, Optional.empty(), false));
            case "code" ->
                Optional.of(new NotebookCell(
                        number,
                        id,
                        NotebookCell.Kind.SQL,
                        source,
                        chart(file, where, danhgia.get("chart")),
                        danhgia.path("expect_rows").asBoolean(true)));
            case "raw" -> Optional.empty();
            default -> throw invalid("notebook.invalid.cellType", file, where, type.isEmpty() ? "–" : type);
        };
    }

    /** nbformat writes a source as one string or as a list of lines (each with its line end). */
    private static String source(String file, String where, JsonNode source) {
        if (source == null) {
            throw invalid("notebook.invalid.source", file, where);
        }
        if (source.isTextual()) {
            return source.asText();
        }
        if (source.isArray()) {
            StringBuilder text = new StringBuilder();
            for (JsonNode line : source) {
                if (!line.isTextual()) {
                    throw invalid("notebook.invalid.source", file, where);
                }
                text.append(line.asText());
            }
            return text.toString();
        }
        throw invalid("notebook.invalid.source", file, where);
    }

    private static Optional<ChartRequest> chart(String file, String where, JsonNode chart) {
        if (chart == null || chart.isNull()) {
            return Optional.empty();
        }
        if (!chart.isObject()) {
            throw invalid("notebook.invalid.chart", file, where, "chart");
        }
        List<String> y = new ArrayList<>();
        JsonNode columns = chart.get("y");
        if (columns != null && columns.isTextual()) {
            y.add(columns.asText());
        } else if (columns != null && columns.isArray()) {
            columns.forEach(column -> y.add(column.asText()));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        chart.path("labels")
                .fields()
                .forEachRemaining(
                        entry -> labels.put(entry.getKey(), entry.getValue().asText()));
        JsonNode percent = chart.get("percent");
        try {
            return Optional.of(new ChartRequest(
                    chart.path("kind").asText(""),
                    chart.path("x").asText(""),
                    y,
                    text(chart.get("series")),
                    chart.path("title").asText(""),
                    labels,
                    text(chart.get("x_label")),
                    text(chart.get("y_label")),
                    percent == null || !percent.isBoolean() ? Optional.empty() : Optional.of(percent.asBoolean())));
        } catch (IllegalArgumentException e) {
            throw invalid("notebook.invalid.chart", file, where, e.getMessage());
        }
    }

    private static Optional<String> firstHeading(List<NotebookCell> cells) {
        return cells.stream()
                .filter(cell -> cell.kind() == NotebookCell.Kind.MARKDOWN)
                .flatMap(cell -> cell.source().lines())
                .filter(line -> line.startsWith("# "))
                .map(line -> line.substring(2).strip())
                .findFirst();
    }

    private static Optional<String> text(JsonNode node) {
        return node == null || !node.isTextual() || node.asText().isBlank()
                ? Optional.empty()
                : Optional.of(node.asText().strip());
    }

    private static DanhgiaException invalid(String key, Object... arguments) {
        return new DanhgiaException(ErrorCode.INVALID_USAGE, MESSAGES.format(key, arguments));
    }
}
