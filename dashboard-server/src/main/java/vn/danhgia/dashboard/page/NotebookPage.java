package vn.danhgia.dashboard.page;

import io.javalin.http.Context;
import vn.danhgia.core.sandbox.Sandbox;
import vn.danhgia.dashboard.notebook.Notebook;
import vn.danhgia.dashboard.notebook.NotebookCache;
import vn.danhgia.dashboard.notebook.NotebookHtml;
import vn.danhgia.dashboard.notebook.NotebookLibrary;
import vn.danhgia.dashboard.notebook.NotebookRunner;
import vn.danhgia.dashboard.notebook.NotebookView;
import vn.danhgia.dashboard.web.HttpError;
import vn.danhgia.dashboard.web.PageContext;
import vn.danhgia.dashboard.web.Pages;
import vn.danhgia.dashboard.web.Texts;

/**
 * Sổ phân tích (analysts and admins): {@code /so-phan-tich} lists the packaged notebooks, {@code
 * /so-phan-tich/NAME} shows one run against the current analysts' snapshot, in the dashboard's frame. A
 * notebook's page is kept per notebook, language and snapshot version ({@link NotebookCache}).
 */
public final class NotebookPage {
    private final Pages pages;
    private final NotebookLibrary library;
    private final NotebookCache cache = new NotebookCache();

    public NotebookPage(Pages pages) {
        this.pages = pages;
        this.library = NotebookLibrary.fromClasspath();
    }

    void list(Context context) {
        Form.allow(context);
        PageContext page = pages.context(context, "notebooks");
        pages.render(context, page, "notebooks.jte", "notebooks", library.all());
    }

    void show(Context context) {
        Form.allow(context);
        String name = context.pathParam("name");
        Notebook notebook = library.find(name).orElseThrow(() -> HttpError.notFound("notebook.notFound", name));
        PageContext page = pages.context(context, "notebooks");
        Texts texts = page.texts();
        Sandbox sandbox =
                Sandbox.forWarehouse(pages.dashboard().settings().warehouse(), NotebookLibrary.LIMITS, texts.locale());
        String body = cache.get(name, texts.language(), sandbox.version().id(), () -> {
            NotebookRunner runner = new NotebookRunner(
                    sandbox, texts, pages.dashboard().settings().clock());
            NotebookView view = NotebookView.of(runner.run(notebook), texts);
            return new NotebookHtml(pages.dashboard().templates()).body(view, texts);
        });
        pages.render(context, page, "notebook.jte", "title", notebook.title(), "body", body);
    }
}
