package vn.danhgia.dashboard.page;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.danhgia.dashboard.auth.AuditAction;
import vn.danhgia.dashboard.auth.AuditEntry;
import vn.danhgia.dashboard.auth.AuditFilter;
import vn.danhgia.dashboard.web.HttpError;
import vn.danhgia.dashboard.web.PageContext;
import vn.danhgia.dashboard.web.Pages;
import vn.danhgia.dashboard.web.Texts;

/**
 * Nhật ký: the audit log for the admin, newest first, filtered by account, action and days (local days
 * of the server's zone), fifty to a page. Address: {@code /nhat-ky?actor=admin&action=identity_lookup&from=2025-12-01&page=2}.
 */
public final class AuditPage {
    static final String[] PARAMETERS = {"actor", "action", "from", "to", "page"};
    static final int PAGE_SIZE = 50;

    private final Pages pages;

    AuditPage(Pages pages) {
        this.pages = pages;
    }

    /** The filters as asked, to refill the form and build page links. */
    public record Filters(
            Optional<String> actor,
            Optional<AuditAction> action,
            Optional<LocalDate> from,
            Optional<LocalDate> to,
            int page) {
        public Filters {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        /** The address of page {@code number} with the same filters. */
        public String link(int number) {
            List<String> parts = new ArrayList<>();
            actor.ifPresent(value -> parts.add("actor=" + Links.encode(value)));
            action.ifPresent(value -> parts.add("action=" + value.code()));
            from.ifPresent(value -> parts.add("from=" + value));
            to.ifPresent(value -> parts.add("to=" + value));
            parts.add("page=" + number);
            return "/nhat-ky?" + String.join("&", parts);
        }
    }

    /** One entry as the page writes it. */
    public record Row(
            String time,
            String actor,
            String action,
            String object,
            String detail,
            String address,
            String outcome,
            String outcomeCode) {}

    /** An action for the filter's list. */
    public record ActionOption(String code, String label) {}

    void show(Context context) {
        Form.allow(context, PARAMETERS);
        Filters filters = filters(context);
        ZoneId zone = pages.dashboard().settings().clock().getZone();
        AuditFilter filter = new AuditFilter(
                filters.actor(),
                filters.action(),
                filters.from().map(day -> day.atStartOfDay(zone).toInstant()),
                filters.to().map(day -> day.plusDays(1).atStartOfDay(zone).toInstant()),
                PAGE_SIZE,
                (filters.page() - 1) * PAGE_SIZE);
        long total = pages.dashboard().audit().count(filter);
        List<AuditEntry> entries = pages.dashboard().audit().list(filter);
        PageContext page = pages.context(context, "audit");
        Texts texts = page.texts();
        List<Row> rows = entries.stream()
                .map(entry -> new Row(
                        AdminTexts.time(texts, entry.occurredAt(), zone),
                        entry.actor(),
                        AdminTexts.action(texts, entry.action()),
                        entry.object(),
                        entry.detail(),
                        entry.address(),
                        AdminTexts.outcome(texts, entry.outcome()),
                        entry.outcome().code()))
                .toList();
        List<ActionOption> actions = Arrays.stream(AuditAction.values())
                .map(action -> new ActionOption(action.code(), AdminTexts.action(texts, action)))
                .toList();
        long pageCount = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        page = page.withFilters(describe(texts, filters));
        pages.render(
                context,
                page,
                "audit.jte",
                "filters",
                filters,
                "rows",
                rows,
                "actions",
                actions,
                "total",
                total,
                "pageCount",
                pageCount,
                "zone",
                zone.getId());
    }

    static Filters filters(Context context) {
        Optional<AuditAction> action = Form.text(context, "action").map(code -> {
            for (AuditAction one : AuditAction.values()) {
                if (one.code().equals(code)) {
                    return one;
                }
            }
            throw HttpError.badRequest(
                    "error.badParameter",
                    "action",
                    code,
                    String.join(
                            " | ",
                            Arrays.stream(AuditAction.values())
                                    .map(AuditAction::code)
                                    .toList()));
        });
        Optional<LocalDate> from = date(context, "from");
        Optional<LocalDate> to = date(context, "to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw HttpError.badRequest(
                    "admin.audit.error.fromAfterTo",
                    from.get().toString(),
                    to.get().toString());
        }
        int number = Form.integer(context, "page").orElse(1);
        if (number < 1) {
            throw HttpError.badRequest("error.badParameter", "page", String.valueOf(number), "1, 2, 3 …");
        }
        return new Filters(Form.text(context, "actor"), action, from, to, number);
    }

    private static Optional<LocalDate> date(Context context, String name) {
        Optional<String> value = Form.text(context, name);
        try {
            return value.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw HttpError.badRequest("error.badParameter", name, value.get(), "yyyy-mm-dd");
        }
    }

    private static List<String> describe(Texts texts, Filters filters) {
        List<String> described = new ArrayList<>();
        filters.actor().ifPresent(actor -> described.add(texts.t("admin.audit.actor") + ": " + actor));
        filters.action()
                .ifPresent(action ->
                        described.add(texts.t("admin.audit.action") + ": " + AdminTexts.action(texts, action)));
        filters.from().ifPresent(day -> described.add(texts.t("admin.audit.from") + " " + texts.date(day)));
        filters.to().ifPresent(day -> described.add(texts.t("admin.audit.to") + " " + texts.date(day)));
        return described;
    }
}
