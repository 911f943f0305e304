package vn.danhgia.dashboard.page;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.danhgia.dashboard.auth.AuditAction;
import vn.danhgia.dashboard.auth.AuditEntry;
import vn.danhgia.dashboard.auth.AuditOutcome;
import vn.danhgia.dashboard.auth.UnitMapping;
import vn.danhgia.dashboard.query.DataQuery;
import vn.danhgia.dashboard.query.DataQuery.ProvisionalUnit;
import vn.danhgia.dashboard.query.LoadLogQuery;
import vn.danhgia.dashboard.query.LoadLogQuery.LoadLogPage;
import vn.danhgia.dashboard.query.SqlQueries;
import vn.danhgia.dashboard.upload.LoadRunner;
import vn.danhgia.dashboard.upload.UploadCheck;
import vn.danhgia.dashboard.upload.UploadFolder;
import vn.danhgia.dashboard.web.CurrentUser;
import vn.danhgia.dashboard.web.Gatekeeper;
import vn.danhgia.dashboard.web.HttpError;
import vn.danhgia.dashboard.web.PageContext;
import vn.danhgia.dashboard.web.Pages;
import vn.danhgia.dashboard.web.SnapshotCache;

/**
 * Dữ liệu (analysts): the load log a page at a time, the rejected rows by file and reason with how to
 * fix them, the provisional units to map to a registered unit or confirm as new (decisions kept in the
 * application database and applied by the next load), and the upload of unit files, which are checked,
 * kept in the installation's uploads folder, loaded and analyzed by bin/danhgia, and published by the
 * same atomic swap as a load from the command line.
 */
final class DataPage {
    static final int PAGE_SIZE = 50;
    static final String FIELD_FILES = "files";
    /** Room for the form's other fields and the multipart boundaries, as the server's request limit allows. */
    static final long FORM_OVERHEAD_BYTES = 64 * 1024;
    /** What a full reload types, uploads included. */
    static final String RELOAD_COMMAND = "bin/danhgia load data/demo data/uploads";

    private final Pages pages;
    private final SnapshotCache cache;
    private final LoadRunner runner;
    private final UploadFolder uploads;

    DataPage(Pages pages) {
        this.pages = pages;
        this.cache = pages.dashboard().cache();
        this.runner = new LoadRunner(
                LoadRunner.locateCommand(), pages.dashboard().settings().warehouse(), LoadRunner.DEFAULT_TIMEOUT);
        this.uploads = new UploadFolder(pages.dashboard().settings().uploads());
    }

    /** The runner of loads, shared with the column mapping page (one load at a time). */
    LoadRunner runner() {
        return runner;
    }

    UploadFolder uploads() {
        return uploads;
    }

    void show(Context context) {
        Form.allow(context, "page", "mapped", "removed");
        int number = Form.integer(context, "page").orElse(1);
        LoadLogPage log = number < 1
                ? null
                : cache.get("data|log|" + number, connection -> new LoadLogQuery(connection).page(number, PAGE_SIZE));
        if (log == null || number > log.pageCount()) {
            throw HttpError.badRequest(
                    "error.badParameter",
                    "page",
                    String.valueOf(number),
                    "1 … " + (log == null ? "" : log.pageCount()));
        }
        DataQuery.DataPage data = cache.get("data|page", connection -> new DataQuery(connection).load());
        List<UnitMapping> mappings = pages.dashboard().unitMappings().list();
        PageContext page = pages.context(context, "data");
        DataView view = new DataView(
                log,
                data,
                mappings,
                mappings.stream().collect(Collectors.toMap(UnitMapping::provisionalCode, Function.identity())),
                maxUpload(page),
                runner.busy(),
                uploadsFolder(),
                RELOAD_COMMAND,
                Form.text(context, "mapped"),
                Form.text(context, "removed"),
                fieldLabels(),
                pages.dashboard().settings().clock().getZone());
        pages.render(context, page, "data.jte", "view", view);
    }

    /** Maps a provisional unit to a registered one ({@code registered}, or {@code other} typed in), or confirms it as new. */
    void map(Context context) {
        CurrentUser user = Gatekeeper.requireUser(context);
        String code = required(context, "provisional");
        ProvisionalUnit unit =
                cache.get("data|page", connection -> new DataQuery(connection).load()).provisionalUnits().stream()
                        .filter(one -> one.unitCode().equals(code))
                        .findFirst()
                        .orElseThrow(() -> HttpError.notFound("data.map.unknownProvisional", code));
        boolean confirm = "confirm".equals(context.formParam("decision"));
        String target;
        if (confirm) {
            target = unit.unitCode();
        } else {
            Optional<String> other = formText(context, "other");
            target = other.orElseGet(() -> formText(context, "registered")
                    .orElseThrow(() -> HttpError.badRequest("data.map.noTarget", unit.unitName())));
            String checked = target;
            boolean registered = cache.get("data|registered|" + checked, connection -> SqlQueries.first(
                            connection, "data_registered_unit", row -> row.string("unit_code"), checked)
                    .isPresent());
            if (!registered) {
                throw HttpError.notFound("data.map.unknownRegistered", target);
            }
        }
        String note = confirm ? "confirmed as a new unit" : "";
        pages.dashboard().unitMappings().decide(unit.unitCode(), unit.unitName(), target, user.name(), note);
        pages.dashboard()
                .audit()
                .record(AuditEntry.of(user.name(), AuditAction.UNIT_MAPPING, unit.unitCode(), AuditOutcome.SUCCESS)
                        .withDetail(
                                confirm
                                        ? "confirmed as a new unit: " + unit.unitName()
                                        : unit.unitName() + " -> " + target)
                        .withAddress(context.ip()));
        context.redirect("/du-lieu?mapped=" + Links.encode(unit.unitCode()) + "#don-vi-tam", HttpStatus.SEE_OTHER);
    }

    /** Withdraws a stored decision. */
    void unmap(Context context) {
        CurrentUser user = Gatekeeper.requireUser(context);
        String code = required(context, "provisional");
        if (!pages.dashboard().unitMappings().remove(code)) {
            throw HttpError.notFound("data.map.noDecision", code);
        }
        pages.dashboard()
                .audit()
                .record(AuditEntry.of(user.name(), AuditAction.UNIT_MAPPING, code, AuditOutcome.SUCCESS)
                        .withDetail("decision removed")
                        .withAddress(context.ip()));
        context.redirect("/du-lieu?removed=" + Links.encode(code) + "#anh-xa", HttpStatus.SEE_OTHER);
    }

    /**
     * Before the gate reads the form: a request larger than the upload limit is refused with the 413 page
     * (Jetty's multipart parser would otherwise fail on the oversize part while the CSRF field is read).
     */
    void refuseOversize(Context context) {
        long limit = pages.dashboard().settings().maxUploadBytes() + FORM_OVERHEAD_BYTES;
        if (context.req().getContentLengthLong() > limit) {
            throw new HttpError(413, "error.tooLarge", maxUpload(pages.context(context, "data")));
        }
    }

    /** Checks every file first (nothing is kept when one is refused), keeps them, loads and analyzes them. */
    void upload(Context context) throws IOException {
        CurrentUser user = Gatekeeper.requireUser(context);
        List<UploadedFile> files = context.uploadedFiles(FIELD_FILES).stream()
                .filter(file -> !(file.filename().isBlank() && file.size() == 0))
                .toList();
        if (files.isEmpty()) {
            throw HttpError.badRequest("data.upload.none");
        }
        long limit = pages.dashboard().settings().maxUploadBytes();
        String accepted = String.join(", ", UploadCheck.EXTENSIONS);
        List<UploadFolder.Incoming> incoming = new ArrayList<>();
        for (UploadedFile file : files) {
            byte[] content = read(file, limit);
            Optional<UploadCheck.Refusal> refusal = UploadCheck.refusal(file.filename(), content, limit);
            if (refusal.isPresent()) {
                String name = UploadCheck.safeName(file.filename());
                pages.dashboard()
                        .audit()
                        .record(AuditEntry.of(user.name(), AuditAction.UPLOAD, name, AuditOutcome.DENIED)
                                .withDetail("refused: " + refusal.get().name().toLowerCase(Locale.ROOT))
                                .withAddress(context.ip()));
                throw HttpError.badRequest(
                        refusal.get().messageKey(), name, accepted, maxUpload(pages.context(context, "data")));
            }
            incoming.add(new UploadFolder.Incoming(file.filename(), content));
        }
        if (runner.busy()) {
            throw new HttpError(409, "data.upload.busy");
        }
        boolean simulated = pages.dashboard().site().options().simulated();
        UploadFolder.Kept kept =
                uploads.keep(LocalDateTime.now(pages.dashboard().settings().clock()), user.name(), incoming, simulated);
        LoadRunner.Run run;
        try {
            run = runner.run(kept.folder());
        } catch (LoadRunner.Busy e) {
            throw new HttpError(409, "data.upload.busy");
        }
        boolean allLoaded = run.published()
                && run.files().stream().noneMatch(file -> file.status().equals("failed"));
        pages.dashboard()
                .audit()
                .record(AuditEntry.of(
                                user.name(),
                                AuditAction.UPLOAD,
                                kept.folder().getFileName().toString(),
                                allLoaded ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE)
                        .withDetail(describe(kept, run))
                        .withAddress(context.ip()));
        PageContext page = pages.context(context, "data");
        pages.render(
                context,
                page,
                "data-upload.jte",
                "result",
                new UploadResult(
                        kept.folder().getFileName().toString(),
                        kept.names(),
                        run,
                        uploadsFolder(),
                        RELOAD_COMMAND,
                        Optional.empty()));
    }

    private Map<String, String> fieldLabels() {
        record Label(String field, String label) {}
        List<Label> labels = cache.get(
                "data|fieldLabels",
                connection -> SqlQueries.list(
                        connection,
                        "data_field_labels",
                        row -> new Label(
                                row.string("field"), row.optionalString("label").orElse(row.string("field")))));
        return labels.stream().collect(Collectors.toMap(Label::field, Label::label));
    }

    private String maxUpload(PageContext page) {
        return page.texts().number(pages.dashboard().settings().maxUploadBytes() / (1024 * 1024)) + " MB";
    }

    /** The uploads folder as an administrator would find it: relative to the server's working folder when inside it. */
    private String uploadsFolder() {
        Path folder = uploads.root();
        Path here = Path.of("").toAbsolutePath();
        return folder.startsWith(here) ? here.relativize(folder).toString() : folder.toString();
    }

    private static String describe(UploadFolder.Kept kept, LoadRunner.Run run) {
        List<String> parts = new ArrayList<>();
        for (String name : kept.names()) {
            String status = run.files().stream()
                    .filter(file -> file.file().equals(name))
                    .map(LoadRunner.FileResult::status)
                    .findFirst()
                    .orElse("not reported");
            parts.add(name + " (" + status + ")");
        }
        String outcome = run.loadId()
                        .map(id -> "load " + id)
                        .orElse("load failed "
                                + run.load().exitCode().map(String::valueOf).orElse("timeout"))
                + run.analyze()
                        .map(step -> ", analyze "
                                + step.exitCode().map(code -> "exit " + code).orElse("timeout"))
                        .orElse("");
        return String.join(", ", parts) + "; " + outcome;
    }

    private static byte[] read(UploadedFile file, long limit) throws IOException {
        try (InputStream in = file.content()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
    }

    private static String required(Context context, String field) {
        return formText(context, field).orElseThrow(() -> HttpError.badRequest("data.map.missing", field));
    }

    private static Optional<String> formText(Context context, String field) {
        String value = context.formParam(field);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
