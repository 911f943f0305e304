package vn.danhgia.dashboard.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.sandbox.CatalogColumn;
import vn.danhgia.core.sandbox.CatalogTable;
import vn.danhgia.core.sandbox.QueryResult;
import vn.danhgia.core.sandbox.SandboxLimits;
import vn.danhgia.dashboard.auth.AuditAction;
import vn.danhgia.dashboard.auth.AuditEntry;
import vn.danhgia.dashboard.auth.AuditOutcome;
import vn.danhgia.dashboard.console.ConsoleExports;
import vn.danhgia.dashboard.console.ConsoleRun;
import vn.danhgia.dashboard.console.ConsoleView;
import vn.danhgia.dashboard.console.QueryHistory;
import vn.danhgia.dashboard.console.ResultPage;
import vn.danhgia.dashboard.console.SavedQueries;
import vn.danhgia.dashboard.console.SavedQuery;
import vn.danhgia.dashboard.console.SchemaGroup;
import vn.danhgia.dashboard.console.SqlConsole;
import vn.danhgia.dashboard.export.CsvExport;
import vn.danhgia.dashboard.export.XlsxExport;
import vn.danhgia.dashboard.web.Access;
import vn.danhgia.dashboard.web.CurrentUser;
import vn.danhgia.dashboard.web.Gatekeeper;
import vn.danhgia.dashboard.web.HttpError;
import vn.danhgia.dashboard.web.PageContext;
import vn.danhgia.dashboard.web.Pages;

/**
 * Truy vấn SQL (analysts, admins): the ad-hoc SQL console over the analysts' file. A plain form (the
 * editor with highlighting and completion is a script laid over the text area), a run is posted and
 * redirected to its result ({@code ?run=ID}, paged without running again), the plan on request, CSV and
 * XLSX downloads, the account's private history and the team's saved queries.
 */
final class ConsolePage {
    static final int MAX_SQL = 100_000;
    static final int HISTORY_SHOWN = 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Pages pages;
    private final SqlConsole console;

    ConsolePage(Pages pages) {
        this.pages = pages;
        var dashboard = pages.dashboard();
        var clock = dashboard.settings().clock();
        this.console = new SqlConsole(
                dashboard.settings().warehouse(),
                SandboxLimits.defaults(),
                new QueryHistory(dashboard.appDatabase(), clock),
                new SavedQueries(dashboard.appDatabase(), clock),
                dashboard.audit());
    }

    /** {@code GET /truy-van}: the console, with a run's result ({@code run}, {@code page}) or a saved query opened. */
    void show(Context context) {
        Form.allow(context, "run", "page", "saved", "done");
        CurrentUser user = Gatekeeper.requireUser(context);
        PageContext page = pages.context(context, "console");
        Locale locale = page.texts().locale();
        Optional<ResultPage> result = Optional.empty();
        Optional<SavedQuery> opened = Optional.empty();
        String sql = "";
        Optional<Integer> runId = Form.integer(context, "run");
        if (runId.isPresent()) {
            ConsoleRun run = busyAware(() -> console.result(user.name(), runId.get(), locale, context.ip()))
                    .orElseThrow(() -> HttpError.notFound("console.noRun", String.valueOf(runId.get())));
            int number = Form.integer(context, "page").orElse(1);
            if (number < 1) {
                throw HttpError.badRequest("error.badParameter", "page", String.valueOf(number), "1, 2, 3 …");
            }
            result = Optional.of(ResultPage.of(run, number, console.limits().maxRows()));
            sql = run.entry().sql();
        }
        Optional<Integer> savedId = Form.integer(context, "saved");
        if (savedId.isPresent()) {
            opened = Optional.of(console.saved()
                    .find(savedId.get())
                    .orElseThrow(() -> HttpError.notFound("console.noSaved", String.valueOf(savedId.get()))));
            sql = opened.get().sql();
        }
        String done = Form.choice(context, "done", List.of("saved", "deleted"), "");
        Optional<String> notice = done.isEmpty() ? Optional.empty() : Optional.of(page.t("console.done." + done));
        render(context, page, user, sql, result, Optional.empty(), Optional.empty(), opened, notice);
    }

    /** {@code POST /truy-van}: runs the text ({@code action=run}, then shows it at its own address) or shows its plan. */
    void run(Context context) {
        CurrentUser user = Gatekeeper.requireUser(context);
        String sql = sqlField(context);
        PageContext page = pages.context(context, "console");
        Locale locale = page.texts().locale();
        String action = Optional.ofNullable(context.formParam("action")).orElse("run");
        if (action.equals("plan")) {
            SqlConsole.Attempt attempt = busyAware(() -> console.explain(user.name(), sql, locale, context.ip()));
            render(
                    context,
                    page,
                    user,
                    sql,
                    Optional.empty(),
                    attempt.result().map(ConsolePage::planText),
                    attempt.error(),
                    Optional.empty(),
                    Optional.empty());
            return;
        }
        if (!action.equals("run")) {
            throw HttpError.badRequest("error.badParameter", "action", action, "run | plan");
        }
        ConsoleRun run = busyAware(() -> console.run(user.name(), sql, locale, context.ip()));
        context.redirect("/truy-van?run=" + run.id() + "#ket-qua", HttpStatus.SEE_OTHER);
    }

    /** {@code GET /truy-van.csv?run=ID}: the whole result (up to the cap), UTF-8 with a byte order mark. */
    void csv(Context context) {
        if (noRunGiven(context)) {
            return;
        }
        ConsoleRun run = downloadable(context, "csv");
        context.contentType(CsvExport.CONTENT_TYPE);
        context.header("Content-Disposition", "attachment; filename=\"truy-van-" + run.id() + ".csv\"");
        context.result(CsvExport.bytes(ConsoleExports.table(run)));
    }

    /** {@code GET /truy-van.xlsx?run=ID}: the same as a workbook, numbers as numbers. */
    void xlsx(Context context) {
        if (noRunGiven(context)) {
            return;
        }
        ConsoleRun run = downloadable(context, "xlsx");
        context.contentType(XlsxExport.CONTENT_TYPE);
        context.header("Content-Disposition", "attachment; filename=\"truy-van-" + run.id() + ".xlsx\"");
        context.result(XlsxExport.bytes(ConsoleExports.table(run)));
    }

    /** {@code GET /truy-van/danh-muc.json}: tables (schema.table) and their columns, for the editor's completion. */
    void catalog(Context context) {
        Form.allow(context);
        Locale locale = pages.texts(context).locale();
        // CodeMirror's sql-hint takes {"schema.table": [columns]}: "core." completes core's tables
        ObjectNode tables = JSON.createObjectNode();
        try {
            for (CatalogTable table : console.catalog(locale)) {
                ArrayNode columns = tables.putArray(table.qualifiedName());
                for (CatalogColumn column : table.columns()) {
                    columns.add(column.name());
                }
            }
        } catch (DanhgiaException e) {
            // no analysts' file: nothing to complete; the page says why
        }
        context.contentType("application/json; charset=utf-8");
        context.header("Cache-Control", "private, no-cache");
        context.result(tables.toString());
    }

    /** {@code POST /truy-van/luu}: saves the editor's text for the team with a title and a description. */
    void save(Context context) {
        CurrentUser user = Gatekeeper.requireUser(context);
        String sql = sqlField(context);
        if (sql.isBlank()) {
            throw HttpError.badRequest("console.save.noSql");
        }
        String title =
                Optional.ofNullable(context.formParam("title")).orElse("").strip();
        String description =
                Optional.ofNullable(context.formParam("description")).orElse("").strip();
        if (title.isEmpty()) {
            throw HttpError.badRequest("console.save.noTitle");
        }
        if (title.length() > SavedQuery.MAX_TITLE || description.length() > SavedQuery.MAX_DESCRIPTION) {
            throw HttpError.badRequest("console.save.tooLong", SavedQuery.MAX_TITLE, SavedQuery.MAX_DESCRIPTION);
        }
        SavedQuery saved = console.saved().save(user.name(), title, description, sql);
        pages.dashboard()
                .audit()
                .record(AuditEntry.of(user.name(), AuditAction.QUERY, "saved #" + saved.id(), AuditOutcome.SUCCESS)
                        .withDetail("saved: " + title)
                        .withAddress(context.ip()));
        context.redirect("/truy-van?saved=" + saved.id() + "&done=saved#da-luu", HttpStatus.SEE_OTHER);
    }

    /** {@code POST /truy-van/xoa}: deletes a saved query, the owner's own or (an admin) anybody's. */
    void delete(Context context) {
        CurrentUser user = Gatekeeper.requireUser(context);
        long id = idField(context, "id");
        SavedQuery saved =
                console.saved().find(id).orElseThrow(() -> HttpError.notFound("console.noSaved", String.valueOf(id)));
        if (!saved.owner().equals(user.name()) && !user.may(Access.ADMIN)) {
            throw HttpError.forbidden();
        }
        console.saved().delete(id);
        pages.dashboard()
                .audit()
                .record(AuditEntry.of(user.name(), AuditAction.QUERY, "saved #" + id, AuditOutcome.SUCCESS)
                        .withDetail("deleted: " + saved.title() + " (owner " + saved.owner() + ")")
                        .withAddress(context.ip()));
        context.redirect("/truy-van?done=deleted#da-luu", HttpStatus.SEE_OTHER);
    }

    /** A download without a run to download sends the reader to the console. */
    private static boolean noRunGiven(Context context) {
        Form.allow(context, "run");
        if (Form.text(context, "run").isPresent()) {
            return false;
        }
        context.redirect("/truy-van", HttpStatus.SEE_OTHER);
        return true;
    }

    private ConsoleRun downloadable(Context context, String format) {
        Form.allow(context, "run");
        CurrentUser user = Gatekeeper.requireUser(context);
        int id = Form.integer(context, "run").orElseThrow();
        Locale locale = pages.texts(context).locale();
        ConsoleRun run = busyAware(() -> console.result(user.name(), id, locale, context.ip()))
                .orElseThrow(() -> HttpError.notFound("console.noRun", String.valueOf(id)));
        if (run.result().isEmpty()) {
            throw HttpError.badRequest("console.download.noResult");
        }
        pages.dashboard()
                .audit()
                .record(AuditEntry.of(user.name(), AuditAction.EXPORT, "#" + id + "." + format, AuditOutcome.SUCCESS)
                        .withDetail("query result, " + run.result().get().rowCount() + " rows as " + format)
                        .withAddress(context.ip()));
        return run;
    }

    private void render(
            Context context,
            PageContext page,
            CurrentUser user,
            String sql,
            Optional<ResultPage> result,
            Optional<String> plan,
            Optional<String> planError,
            Optional<SavedQuery> opened,
            Optional<String> notice) {
        List<SchemaGroup> schemas = List.of();
        Optional<String> catalogError = Optional.empty();
        try {
            schemas = SchemaGroup.of(console.catalog(page.texts().locale()));
        } catch (DanhgiaException e) {
            catalogError = Optional.of(e.getMessage());
        }
        ConsoleView view = new ConsoleView(
                sql,
                result,
                plan,
                planError,
                schemas,
                catalogError,
                console.history().list(user.name(), HISTORY_SHOWN),
                console.saved().list(),
                opened,
                notice,
                console.limits(),
                user.name(),
                user.may(Access.ADMIN),
                pages.dashboard().settings().clock().getZone());
        pages.render(context, page, "console.jte", "view", view);
    }

    private static String sqlField(Context context) {
        String sql = Optional.ofNullable(context.formParam("sql")).orElse("");
        if (sql.length() > MAX_SQL) {
            throw HttpError.badRequest("console.tooLong", MAX_SQL);
        }
        return sql.replace("\r\n", "\n");
    }

    private static long idField(Context context, String name) {
        String value = Optional.ofNullable(context.formParam(name)).orElse("").strip();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("error.badParameter", name, value, "1, 2, 3 …");
        }
    }

    /** The plan's text: DuckDB's EXPLAIN answers rows of (key, plan); the plan is the last column. */
    static String planText(QueryResult plan) {
        int last = plan.columns().size() - 1;
        return plan.rows().stream().map(row -> String.valueOf(row.get(last))).collect(Collectors.joining("\n"));
    }

    private static <T> T busyAware(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (SqlConsole.Busy e) {
            throw new HttpError(503, "console.busy");
        }
    }
}
