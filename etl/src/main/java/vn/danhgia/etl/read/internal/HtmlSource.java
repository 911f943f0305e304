package vn.danhgia.etl.read.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An HTML page (what much government software exports, often named .xls) as tables: each innermost
 * {@code <table>} is one, its colspan and rowspan laid out into a grid ({@link SpanGrid}); the text around
 * tables (paragraphs, headings, a caption, the cells of an outer layout table) is the title block of the
 * table after it ({@link DocumentTables}). Parsed with jsoup after the bytes are decoded ({@link HtmlText}).
 */
final class HtmlSource {
    private static final Set<String> SKIPPED =
            Set.of("script", "style", "head", "title", "noscript", "template", "xml");
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "tr",
            "td",
            "th",
            "table",
            "tbody",
            "thead",
            "tfoot",
            "caption",
            "center",
            "blockquote",
            "pre",
            "section",
            "article",
            "header",
            "footer",
            "body",
            "hr",
            "dl",
            "dt",
            "dd",
            "form",
            "address");

    private HtmlSource() {}

    static TableSource open(Path file, String sourceFile) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        DocumentTables collected = new DocumentTables();
        for (String html : HtmlText.documents(bytes, sourceFile)) {
            Document document = Jsoup.parse(html);
            walk(document.body(), collected);
        }
        List<GridSource.Table> tables = collected.tables();
        if (tables.isEmpty()) {
            throw ReadErrors.unreadable(sourceFile, "read.htmlNoTable");
        }
        return new GridSource(tables);
    }

    private static void walk(Node node, DocumentTables collected) {
        if (node instanceof TextNode text) {
            collected.text(text.text());
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        if (SKIPPED.contains(tag)) {
            return;
        }
        if (tag.equals("br")) {
            collected.endLine();
            return;
        }
        if (tag.equals("table") && element.getElementsByTag("table").size() == 1) {
            table(element, collected);
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            collected.endLine();
        }
        for (Node child : element.childNodes()) {
            walk(child, collected);
        }
        if (block) {
            collected.endLine();
        }
    }

    /** An innermost table: its caption is a title line, its rows a grid; a small one also lends its lines. */
    private static void table(Element table, DocumentTables collected) {
        SpanGrid grid = new SpanGrid();
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "caption" -> collected.line(child.text());
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" ->
                    rows.addAll(child.children().stream()
                            .filter(row -> row.normalName().equals("tr"))
                            .toList());
                default -> {
                    // colgroup and the like carry no cells
                }
            }
        }
        for (Element row : rows) {
            grid.startRow();
            for (Element cell : row.children()) {
                String tag = cell.normalName();
                if (tag.equals("td") || tag.equals("th")) {
                    grid.cell(cell.text(), span(cell.attr("colspan")), span(cell.attr("rowspan")));
                }
            }
        }
        collected.table(grid.rows());
        if (rows.size() <= DocumentTables.LAYOUT_TABLE_ROWS) {
            for (Element row : rows) {
                for (Element cell : row.children()) {
                    walk(cell, collected);
                    collected.endLine();
                }
            }
        }
    }

    private static int span(String attribute) {
        String digits = attribute.strip();
        int end = 0;
        while (end < digits.length() && end < 6 && Character.isDigit(digits.charAt(end))) {
            end++;
        }
        return end == 0 ? 1 : Integer.parseInt(digits.substring(0, end));
    }
}
