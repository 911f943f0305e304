package vn.danhgia.dashboard.notebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import vn.danhgia.dashboard.web.Templates;
import vn.danhgia.dashboard.web.Texts;

/**
 * A notebook run as HTML: the body the dashboard shows inside its frame ({@code notebook-body.jte}), or
 * one self-contained page for a file ({@code notebook-file.jte}): the dashboard's stylesheets inline, the
 * charts as inline SVG, nothing fetched from anywhere.
 */
public final class NotebookHtml {
    private static final String CSS = resource("public/assets/app.css") + "\n" + resource("public/assets/notebook.css");

    private final Templates templates;

    public NotebookHtml(Templates templates) {
        this.templates = templates;
    }

    /** The notebook's body (text, queries, tables, charts) without the page around it. */
    public String body(NotebookView view, Texts texts) {
        return templates.render("notebook-body.jte", Map.of("t", texts, "view", view));
    }

    /** One standalone HTML page. */
    public String file(NotebookView view, Texts texts) {
        return templates.render(
                "notebook-file.jte", Map.of("t", texts, "view", view, "css", CSS, "body", body(view, texts)));
    }

    private static String resource(String path) {
        try (InputStream input = NotebookHtml.class.getClassLoader().getResourceAsStream(path)) {
            if (input == null) {
                throw new IllegalStateException("The dashboard's jar lacks " + path);
            }
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
