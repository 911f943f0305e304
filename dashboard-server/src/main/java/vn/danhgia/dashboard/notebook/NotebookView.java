package vn.danhgia.dashboard.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.danhgia.core.sandbox.QueryResult;
import vn.danhgia.core.sandbox.ResultColumn;
import vn.danhgia.dashboard.chart.ChartKind;
import vn.danhgia.dashboard.chart.ChartRenderer;
import vn.danhgia.dashboard.chart.ChartSpec;
import vn.danhgia.dashboard.web.Texts;

/**
 * A {@link NotebookRun} ready for a template: Markdown as HTML, values written in the reader's language,
 * charts drawn as SVG.
 */
public record NotebookView(
        String name,
        String title,
        String summary,
        boolean simulated,
        String ranAt,
        String elapsed,
        int sqlCells,
        List<Failure> failures,
        List<Cell> cells) {
    static final int CHART_WIDTH = 760;
    static final int CHART_HEIGHT = 380;

    public NotebookView {
        Objects.requireNonNull(name, "name");
        failures = List.copyOf(failures);
        cells = List.copyOf(cells);
    }

    /** A failed cell, for the summary at the top. */
    public record Failure(int number, String anchor, String message) {}

    /** One cell: Markdown ({@code html}) or SQL ({@code code} with its table, chart and error). */
    public record Cell(
            int number,
            String anchor,
            boolean markdown,
            String html,
            String code,
            List<String> header,
            List<String> headerHtml,
            List<Boolean> numeric,
            List<List<String>> rows,
            boolean truncated,
            String rowCount,
            String elapsed,
            String chartSvg,
            String chartTitle,
            String error) {
        public boolean hasChart() {
            return !chartSvg.isEmpty();
        }

        public boolean failed() {
            return !error.isEmpty();
        }

        public boolean hasResult() {
            return !header.isEmpty();
        }
    }

    public static NotebookView of(NotebookRun run, Texts texts) {
        CellValues values = new CellValues(texts);
        ChartRenderer renderer = new ChartRenderer(texts.locale());
        List<Cell> cells = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (CellOutcome outcome : run.outcomes()) {
            NotebookCell cell = outcome.cell();
            String anchor = "o-" + cell.number();
            if (!cell.isSql()) {
                String text = cells.isEmpty() ? withoutTitle(cell.source()) : cell.source();
                cells.add(new Cell(
                        cell.number(),
                        anchor,
                        true,
                        Markdown.html(text),
                        "",
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        false,
                        "",
                        "",
                        "",
                        "",
                        ""));
                continue;
            }
            List<String> header = new ArrayList<>();
            List<Boolean> numeric = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            boolean truncated = false;
            String rowCount = "";
            String elapsed = "";
            if (outcome.result().isPresent()) {
                QueryResult result = outcome.result().get();
                for (ResultColumn column : result.columns()) {
                    header.add(column.name());
                    numeric.add(column.numeric());
                }
                for (List<Object> row : result.rows()) {
                    List<String> written = new ArrayList<>(row.size());
                    for (int index = 0; index < row.size(); index++) {
                        written.add(values.format(header.get(index), row.get(index)));
                    }
                    rows.add(written);
                }
                truncated = result.truncated();
                rowCount = texts.t(
                        truncated ? "notebook.rows.truncated" : "notebook.rows", texts.number(result.rowCount()));
                elapsed = texts.t(
                        "notebook.elapsed", seconds(texts, result.elapsed().toMillis()));
            }
            String svg = outcome.chart()
                    .filter(spec -> !spec.isEmpty())
                    .map(spec -> renderer.svg(spec, CHART_WIDTH, height(spec)))
                    .orElse("");
            String chartTitle = outcome.chart().map(spec -> spec.title()).orElse("");
            String error = outcome.error().orElse("");
            if (outcome.failed()) {
                failures.add(new Failure(cell.number(), anchor, error));
            }
            cells.add(new Cell(
                    cell.number(),
                    anchor,
                    false,
                    "",
                    cell.source().strip(),
                    header,
                    header.stream().map(NotebookView::breakable).toList(),
                    numeric,
                    rows,
                    truncated,
                    rowCount,
                    elapsed,
                    svg,
                    chartTitle,
                    error));
        }
        return new NotebookView(
                run.notebook().name(),
                run.notebook().title(),
                run.notebook().summary(),
                run.simulated(),
                texts.dateTime(run.ranAt()),
                seconds(texts, run.elapsed().toMillis()),
                run.notebook().sqlCells().size(),
                failures,
                cells);
    }

    /** Horizontal bars get room for their categories' names (30 px a bar), other charts a fixed height. */
    static int height(ChartSpec spec) {
        return spec.kind() == ChartKind.HORIZONTAL_BAR
                ? Math.max(CHART_HEIGHT, 140 + 30 * spec.categories().size())
                : CHART_HEIGHT;
    }

    /** A column name as HTML that may wrap after its underscores (count_<wbr>rated), escaped. */
    static String breakable(String name) {
        StringBuilder html = new StringBuilder();
        for (char character : name.toCharArray()) {
            switch (character) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '_' -> html.append("_<wbr>");
                default -> html.append(character);
            }
        }
        return html.toString();
    }

    /** The first cell's "# Title" line: the page prints the title already. */
    private static String withoutTitle(String markdown) {
        String text = markdown.stripLeading();
        if (!text.startsWith("# ")) {
            return markdown;
        }
        int end = text.indexOf('\n');
        return end < 0 ? "" : text.substring(end + 1);
    }

    private static String seconds(Texts texts, long millis) {
        String digits = String.format(java.util.Locale.ROOT, "%.2f", millis / 1000.0);
        return texts.language().equals("vi") ? digits.replace('.', ',') : digits;
    }
}
