package vn.danhgia.dashboard.page;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.danhgia.core.form.InputKind;
import vn.danhgia.dashboard.auth.AuditAction;
import vn.danhgia.dashboard.auth.AuditEntry;
import vn.danhgia.dashboard.auth.AuditOutcome;
import vn.danhgia.dashboard.query.SqlQueries;
import vn.danhgia.dashboard.upload.InspectRunner;
import vn.danhgia.dashboard.upload.LoadRunner;
import vn.danhgia.dashboard.upload.UploadCheck;
import vn.danhgia.dashboard.web.CurrentUser;
import vn.danhgia.dashboard.web.Gatekeeper;
import vn.danhgia.dashboard.web.HttpError;
import vn.danhgia.dashboard.web.PageContext;
import vn.danhgia.dashboard.web.Pages;

/**
 * Ánh xạ cột (analysts): for an uploaded file the loader did not understand, the header cells it read
 * (from {@code bin/danhgia inspect FILE --json}) each with a choice among the fields of a kind of form,
 * and a profile name; saving runs {@code inspect FILE --map=CELL=FIELD ... --save NAME} (the profile is kept
 * in the installation's configuration, where every later load finds it), then loads the upload's folder
 * again so that the file's rows arrive. The cells and fields posted are checked against what inspect read
 * and the kind's fields; nothing posted reaches a command line unchecked.
 */
final class ColumnMappingPage {
    static final String PATH = "/du-lieu/anh-xa-cot";
    /** The kind offered first when nothing in the header bound a field. */
    static final String DEFAULT_KIND = InputKind.MEMBER_RATING.code();

    private final Pages pages;
    private final LoadRunner runner;
    private final InspectRunner inspector;
    private final Path uploads;
    private final String reloadCommand;

    ColumnMappingPage(Pages pages, LoadRunner runner, Path uploads, String reloadCommand) {
        this.pages = pages;
        this.runner = runner;
        this.inspector = new InspectRunner(runner.command(), runner.environment(), LoadRunner.DEFAULT_TIMEOUT);
        this.uploads = uploads.toAbsolutePath().normalize();
        this.reloadCommand = reloadCommand;
    }

    /** The form: the file inspected afresh, its closest header row's cells, a field choice for each. */
    void show(Context context) throws IOException {
        Form.allow(context, "upload", "file", "kind");
        if (Form.text(context, "upload").isEmpty() && Form.text(context, "file").isEmpty()) {
            // the page is reached from an upload's result; bare, it leads back to the upload form
            context.redirect("/du-lieu#tai-len", io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        Kept kept = locate(Form.text(context, "upload"), Form.text(context, "file"));
        PageContext page = pages.context(context, "data");
        InspectRunner.Outcome outcome =
                inspector.inspect(kept.path(), page.texts().language());
        Optional<String> kind = Form.text(context, "kind");
        render(context, page, kept, outcome, kind, Map.of(), Optional.empty(), Optional.empty(), 200);
    }

    /** Saves the mapping as a profile with inspect, then loads the upload's folder again. */
    void save(Context context) throws IOException {
        CurrentUser user = Gatekeeper.requireUser(context);
        Kept kept = locate(formText(context, "upload"), formText(context, "file"));
        PageContext page = pages.context(context, "data");
        InspectRunner.Outcome before =
                inspector.inspect(kept.path(), page.texts().language());
        Optional<InspectRunner.Closest> closest = before.inspection().flatMap(InspectRunner.Inspection::closest);
        String kindCode = formText(context, "kind").orElse("");
        Optional<InputKind> kind = InputKind.fromCode(kindCode);
        String name = formText(context, "name").orElse("");
        Map<Integer, String> chosen = new HashMap<>();
        Map<String, String> columns = new LinkedHashMap<>();
        Optional<String> problem = Optional.empty();
        if (closest.isEmpty()) {
            problem = Optional.of(before.error()
                    .map(error -> page.t("data.columns.notMappable", error))
                    .orElse(page.t("data.columns.understood")));
        } else if (kind.isEmpty()) {
            problem = Optional.of(page.t("data.columns.badKind", kindCode, kindCodes()));
        } else {
            List<String> cells = closest.get().cells();
            for (int index = 0; index < cells.size(); index++) {
                String field = formText(context, "cell." + index).orElse("");
                if (field.isEmpty()) {
                    continue;
                }
                chosen.put(index, field);
                if (!kind.get().fields().contains(field)) {
                    problem = problem.or(() -> Optional.of(page.t(
                            "data.columns.badField",
                            field,
                            String.join(", ", kind.get().fields()))));
                } else if (columns.containsValue(field)) {
                    problem = problem.or(() -> Optional.of(page.t("data.columns.twice", field)));
                } else {
                    columns.put(cells.get(index), field);
                }
            }
            if (problem.isEmpty() && columns.isEmpty()) {
                problem = Optional.of(page.t("data.columns.nothing"));
            }
            if (problem.isEmpty() && !InspectRunner.PROFILE_NAME.matcher(name).matches()) {
                problem = Optional.of(page.t("data.columns.badName", name));
            }
        }
        if (problem.isPresent()) {
            render(context, page, kept, before, Optional.of(kindCode), chosen, Optional.of(name), problem, 400);
            return;
        }
        InspectRunner.Outcome saved = inspector.save(kept.path(), page.texts().language(), name, columns);
        Optional<String> savedProfile = saved.inspection().flatMap(InspectRunner.Inspection::savedProfile);
        String mapping = columns.entrySet().stream()
                .map(column -> "\"" + column.getKey() + "\" -> " + column.getValue())
                .collect(Collectors.joining(", "));
        String object = kept.folder().getFileName() + "/" + kept.path().getFileName();
        if (savedProfile.isEmpty() || saved.error().isPresent()) {
            audit(
                    context,
                    user,
                    name,
                    AuditOutcome.FAILURE,
                    object + "; " + mapping + "; "
                            + savedProfile.map(path -> "saved " + path + ", ").orElse("not saved, ")
                            + saved.error().orElse("").lines().findFirst().orElse(""));
            Optional<String> alert = saved.error().map(error -> savedProfile
                    .map(path -> page.t("data.columns.savedButNotUnderstood", name, error))
                    .orElse(page.t("data.columns.failed", error)));
            render(context, page, kept, before, Optional.of(kindCode), chosen, Optional.of(name), alert, 400);
            return;
        }
        LoadRunner.Run run;
        try {
            run = runner.run(kept.folder());
        } catch (LoadRunner.Busy e) {
            audit(
                    context,
                    user,
                    name,
                    AuditOutcome.SUCCESS,
                    object + "; " + mapping + "; saved " + savedProfile.get() + "; load refused: busy");
            throw new HttpError(409, "data.upload.busy");
        }
        boolean loaded = run.published()
                && run.files().stream()
                        .filter(file ->
                                file.file().equals(kept.path().getFileName().toString()))
                        .anyMatch(file -> !file.status().equals("failed"));
        audit(
                context,
                user,
                name,
                AuditOutcome.SUCCESS,
                object + "; " + mapping + "; saved " + savedProfile.get() + "; "
                        + run.loadId()
                                .map(id -> "load " + id + (loaded ? "" : ", file not loaded"))
                                .orElse("load failed"));
        pages.render(
                context,
                page,
                "data-upload.jte",
                "result",
                new UploadResult(
                        kept.folder().getFileName().toString(),
                        List.of(kept.path().getFileName().toString()),
                        run,
                        relative(uploads),
                        reloadCommand,
                        Optional.of(name)));
    }

    private void audit(Context context, CurrentUser user, String profile, AuditOutcome outcome, String detail) {
        pages.dashboard()
                .audit()
                .record(AuditEntry.of(user.name(), AuditAction.COLUMN_MAPPING, profile, outcome)
                        .withDetail(detail)
                        .withAddress(context.ip()));
    }

    private void render(
            Context context,
            PageContext page,
            Kept kept,
            InspectRunner.Outcome outcome,
            Optional<String> requestedKind,
            Map<Integer, String> chosen,
            Optional<String> name,
            Optional<String> alert,
            int status) {
        Optional<InspectRunner.Closest> closest = outcome.inspection().flatMap(InspectRunner.Inspection::closest);
        String kind = requestedKind
                .filter(code -> InputKind.fromCode(code).isPresent())
                .or(() -> closest.filter(near -> !near.bound().isEmpty()).map(InspectRunner.Closest::kind))
                .orElse(DEFAULT_KIND);
        Map<Integer, String> selected = new HashMap<>(chosen);
        if (chosen.isEmpty() && closest.isPresent()) {
            List<String> cells = closest.get().cells();
            for (int index = 0; index < cells.size(); index++) {
                String bound = closest.get().bound().get(cells.get(index));
                if (bound != null
                        && InputKind.fromCode(kind).orElseThrow().fields().contains(bound)) {
                    selected.put(index, bound);
                }
            }
        }
        Optional<String> shown = alert.or(() -> closest.isPresent()
                ? Optional.empty()
                : outcome.error().map(error -> page.t("data.columns.notMappable", error)));
        ColumnMappingView view = new ColumnMappingView(
                kept.folder().getFileName().toString(),
                kept.path().getFileName().toString(),
                closest,
                outcome.inspection().flatMap(InspectRunner.Inspection::kind),
                kind,
                Arrays.stream(InputKind.values()).map(InputKind::code).toList(),
                fields(kind),
                selected,
                name.orElse(defaultName(kept.path())),
                shown);
        context.status(status);
        pages.render(context, page, "data-columns.jte", "view", view);
    }

    /** The kind's fields in the form's order, labelled as the load labels them in the warehouse. */
    private List<ColumnMappingView.Field> fields(String kind) {
        record Label(String kind, String field, String label) {}
        List<Label> labels = pages.dashboard()
                .cache()
                .get(
                        "data|kindFieldLabels",
                        connection -> SqlQueries.list(
                                connection,
                                "data_kind_field_labels",
                                row -> new Label(
                                        row.string("kind"),
                                        row.string("field"),
                                        row.optionalString("label").orElse(row.string("field")))));
        List<ColumnMappingView.Field> fields = new ArrayList<>();
        for (String field : InputKind.fromCode(kind).orElseThrow().fields()) {
            String label = labels.stream()
                    .filter(one -> one.kind().equals(kind) && one.field().equals(field))
                    .map(Label::label)
                    .findFirst()
                    .orElse(field);
            fields.add(new ColumnMappingView.Field(field, label));
        }
        return fields;
    }

    private static String kindCodes() {
        return Arrays.stream(InputKind.values()).map(InputKind::code).collect(Collectors.joining(", "));
    }

    /** A profile name from the file's name: its letters and digits, joined by '-'. */
    static String defaultName(Path file) {
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String name = stem.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        name = name.length() > 56 ? name.substring(0, 56) : name;
        return name.isEmpty() ? "mau-cot" : "mau-" + name;
    }

    /** An uploaded file: its upload's folder (a direct child of the uploads folder) and the file in it. */
    private record Kept(Path folder, Path path) {}

    private Kept locate(Optional<String> upload, Optional<String> file) {
        String folderName = upload.orElseThrow(() -> HttpError.badRequest("data.map.missing", "upload"));
        String fileName = file.orElseThrow(() -> HttpError.badRequest("data.map.missing", "file"));
        Path folder = uploads.resolve(folderName).normalize();
        if (folderName.startsWith(".") || !uploads.equals(folder.getParent()) || !Files.isDirectory(folder)) {
            throw HttpError.notFound("data.columns.noFile", folderName + "/" + fileName);
        }
        Path path = folder.resolve(fileName).normalize();
        if (fileName.startsWith(".")
                || !folder.equals(path.getParent())
                || !Files.isRegularFile(path)
                || UploadCheck.extension(fileName).isEmpty()) {
            throw HttpError.notFound("data.columns.noFile", folderName + "/" + fileName);
        }
        return new Kept(folder, path);
    }

    private static String relative(Path folder) {
        Path here = Path.of("").toAbsolutePath();
        return folder.startsWith(here) ? here.relativize(folder).toString() : folder.toString();
    }

    private static Optional<String> formText(Context context, String field) {
        String value = context.formParam(field);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
