package vn.danhgia.dashboard.page;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.danhgia.dashboard.query.FilterOptions;
import vn.danhgia.dashboard.query.RemediationQuery;
import vn.danhgia.dashboard.query.RemediationQuery.OrganizationRemediation;
import vn.danhgia.dashboard.web.Access;
import vn.danhgia.dashboard.web.HttpError;
import vn.danhgia.dashboard.web.PageContext;
import vn.danhgia.dashboard.web.Pages;
import vn.danhgia.dashboard.web.SnapshotCache;
import vn.danhgia.dashboard.web.Texts;

/**
 * Khắc phục: the shortcomings named in each year's review and what became of them, organization by
 * organization, recurring and unremedied first ({@code /khac-phuc?year=2023&type=commune&org=X&status=recurred}).
 * Every filter is optional: without a year, every review year.
 */
final class RemediationPage {
    static final String[] PARAMETERS = {"year", "type", "org", "status"};
    static final List<String> STATUSES = List.of("recurred", "not_remedied", "partly_remedied", "pending", "remedied");

    private final Pages pages;
    private final SnapshotCache cache;

    RemediationPage(Pages pages) {
        this.pages = pages;
        this.cache = pages.dashboard().cache();
    }

    /** The page's filters; {@code status} keeps only the shortcomings whose latest status it is. */
    record Filters(RemediationQuery.Filter query, Optional<String> status) {}

    void show(Context context) {
        Form.allow(context, PARAMETERS);
        FilterOptions options = pages.dashboard().site().options();
        Filters filters = filters(context, options);
        RemediationQuery.Filter filter = filters.query();
        List<OrganizationRemediation> all = cache.get(
                "remediation|" + filter.year().map(String::valueOf).orElse("") + "|"
                        + filter.unitType().orElse("") + "|"
                        + filter.organizationCode().orElse(""),
                connection -> new RemediationQuery(connection).load(filter));
        PageContext page = pages.context(context, "remediation");
        page = page.withFilters(describe(page.texts(), filters, options));
        pages.render(
                context,
                page,
                "remediation.jte",
                "view",
                new RemediationView(all, filters.status(), page.may(Access.ANALYST)),
                "options",
                options,
                "filter",
                filter,
                "status",
                filters.status().orElse(""),
                "statuses",
                STATUSES,
                "base",
                base(filter));
    }

    /** The query string of the year, type and organization filters (the cards add a status to it). */
    static String base(RemediationQuery.Filter filter) {
        List<String> parts = new ArrayList<>();
        filter.year().ifPresent(year -> parts.add("year=" + year));
        filter.unitType().ifPresent(type -> parts.add("type=" + Links.encode(type)));
        filter.organizationCode().ifPresent(org -> parts.add("org=" + Links.encode(org)));
        return String.join("&", parts);
    }

    static Filters filters(Context context, FilterOptions options) {
        Optional<Integer> year = Form.integer(context, "year");
        if (year.isPresent() && !options.years().contains(year.get())) {
            throw new HttpError(404, "error.noYear", String.valueOf(year.get()), Form.joinYears(options.years()));
        }
        Optional<String> type = Form.text(context, "type");
        if (type.isPresent() && !options.unitTypes().contains(type.get())) {
            throw HttpError.badRequest(
                    "error.badParameter", "type", type.get(), String.join(" | ", options.unitTypes()));
        }
        Optional<String> org = Form.text(context, "org");
        if (org.isPresent()
                && options.organizations().stream().noneMatch(one -> one.code().equals(org.get()))) {
            throw HttpError.notFound("error.unknownUnit", org.get());
        }
        Optional<String> status = Form.text(context, "status");
        if (status.isPresent() && !STATUSES.contains(status.get())) {
            throw HttpError.badRequest("error.badParameter", "status", status.get(), String.join(" | ", STATUSES));
        }
        return new Filters(new RemediationQuery.Filter(year, type, org), status);
    }

    private static List<String> describe(Texts texts, Filters filters, FilterOptions options) {
        List<String> described = new ArrayList<>();
        RemediationQuery.Filter filter = filters.query();
        filter.year().ifPresent(year -> described.add(texts.t("remediation.filter.year") + " " + year));
        filter.unitType()
                .ifPresent(type -> described.add(texts.t("filter.unitType") + ": " + texts.label("unitType", type)));
        filter.organizationCode()
                .ifPresent(code -> described.add(texts.t("filter.organization") + ": "
                        + options.organizations().stream()
                                .filter(one -> one.code().equals(code))
                                .findFirst()
                                .map(FilterOptions.Organization::name)
                                .orElse(code)));
        filters.status()
                .ifPresent(status -> described.add(
                        texts.t("remediation.filter.status") + ": " + texts.t("status.shortcoming." + status)));
        return described;
    }
}
