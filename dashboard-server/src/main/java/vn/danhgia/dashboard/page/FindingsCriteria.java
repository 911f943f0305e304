package vn.danhgia.dashboard.page;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.danhgia.dashboard.query.FilterOptions;
import vn.danhgia.dashboard.query.FindingsQuery.Filter;
import vn.danhgia.dashboard.query.FindingsQuery.SortKey;
import vn.danhgia.dashboard.web.HttpError;
import vn.danhgia.dashboard.web.Texts;

/**
 * What the findings list was asked for: the filters (detector, year, severity, grassroots organization),
 * the sort and the page, read strictly from the query string, with the addresses that keep them (a page
 * of the pager, a column header that sorts, a download of the same list).
 */
record FindingsCriteria(Filter filter, SortKey sort, boolean ascending, int page) {
    static final String[] FILTERS = {"detector", "year", "severity", "unit"};
    static final String[] LIST_PARAMETERS = {"detector", "year", "severity", "unit", "sort", "order", "page"};
    static final String[] EXPORT_PARAMETERS = {"detector", "year", "severity", "unit", "sort", "order"};
    static final List<String> SEVERITIES = List.of("high", "medium", "low");
    static final List<String> ORDERS = List.of("asc", "desc");
    /** The most severe first, then the largest score (the query's tie-break). */
    static final SortKey DEFAULT_SORT = SortKey.SEVERITY;

    FindingsCriteria {
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more: " + page);
        }
    }

    /** The criteria of a request; {@code parameters} are the ones the route takes. */
    static FindingsCriteria read(Context context, FilterOptions options, String... parameters) {
        Form.allow(context, parameters);
        Optional<String> detector = Form.text(context, "detector");
        List<String> detectors = options.detectors().stream()
                .map(FilterOptions.DetectorOption::detector)
                .toList();
        if (detector.isPresent() && !detectors.contains(detector.get())) {
            throw HttpError.badRequest("error.badParameter", "detector", detector.get(), String.join(" | ", detectors));
        }
        Optional<Integer> year = Form.integer(context, "year");
        if (year.isPresent() && !options.years().contains(year.get())) {
            throw new HttpError(404, "error.noYear", String.valueOf(year.get()), Form.joinYears(options.years()));
        }
        Optional<String> severity = Form.text(context, "severity");
        if (severity.isPresent() && !SEVERITIES.contains(severity.get())) {
            throw HttpError.badRequest(
                    "error.badParameter", "severity", severity.get(), String.join(" | ", SEVERITIES));
        }
        Optional<String> unit = Form.text(context, "unit");
        if (unit.isPresent()
                && options.organizations().stream().noneMatch(one -> one.code().equals(unit.get()))) {
            throw HttpError.notFound("error.unknownUnit", unit.get());
        }
        List<String> sortCodes = new ArrayList<>();
        for (SortKey key : SortKey.values()) {
            sortCodes.add(key.code());
        }
        SortKey sort = SortKey.of(Form.choice(context, "sort", sortCodes, DEFAULT_SORT.code()));
        String order = Form.choice(context, "order", ORDERS, defaultOrder(sort));
        int page = Form.integer(context, "page").orElse(1);
        if (page < 1) {
            throw HttpError.badRequest("error.badParameter", "page", String.valueOf(page), "1, 2, 3 …");
        }
        return new FindingsCriteria(new Filter(detector, year, severity, unit), sort, order.equals("asc"), page);
    }

    /** The direction a column sorts in when first clicked: largest score, newest year, most severe first. */
    static String defaultOrder(SortKey sort) {
        return switch (sort) {
            case SCORE, YEAR, SEVERITY -> "desc";
            case UNIT, DETECTOR -> "asc";
        };
    }

    String order() {
        return ascending ? "asc" : "desc";
    }

    /** The filters as a query string ({@code detector=x&year=2024}), empty for all findings. */
    String filterQuery() {
        List<String> parts = new ArrayList<>();
        filter.detector().ifPresent(value -> parts.add("detector=" + Links.encode(value)));
        filter.year().ifPresent(value -> parts.add("year=" + value));
        filter.severity().ifPresent(value -> parts.add("severity=" + Links.encode(value)));
        filter.organizationCode().ifPresent(value -> parts.add("unit=" + Links.encode(value)));
        return String.join("&", parts);
    }

    /** The filters and the sort, without the page: what a download or a cache key needs. */
    String query() {
        String sortPart = "sort=" + sort.code() + "&order=" + order();
        String filters = filterQuery();
        return filters.isEmpty() ? sortPart : filters + "&" + sortPart;
    }

    /** The list's address at another page. */
    String pageLink(int number) {
        return "/canh-bao?" + query() + (number == 1 ? "" : "&page=" + number);
    }

    /** The address of the list sorted by a column: the same column flips the direction. */
    String sortLink(SortKey key) {
        String order = key == sort ? (ascending ? "desc" : "asc") : defaultOrder(key);
        String filters = filterQuery();
        return "/canh-bao?" + (filters.isEmpty() ? "" : filters + "&") + "sort=" + key.code() + "&order=" + order;
    }

    /** The address of the same list as a download ({@code xlsx} or {@code csv}). */
    String exportLink(String extension) {
        return "/canh-bao." + extension + "?" + query();
    }

    /** The filters written out for the printed header and the audit log's reader. */
    List<String> describe(Texts texts, FilterOptions options) {
        List<String> described = new ArrayList<>();
        filter.detector()
                .ifPresent(value ->
                        described.add(texts.t("findings.filter.detector") + ": " + texts.label("detector", value)));
        filter.year().ifPresent(value -> described.add(texts.t("filter.year") + " " + value));
        filter.severity()
                .ifPresent(value ->
                        described.add(texts.t("findings.filter.severity") + ": " + texts.label("severity", value)));
        filter.organizationCode()
                .ifPresent(code -> described.add(texts.t("filter.organization") + ": "
                        + options.organizations().stream()
                                .filter(one -> one.code().equals(code))
                                .findFirst()
                                .map(FilterOptions.Organization::name)
                                .orElse(code)));
        described.add(texts.t(
                "findings.sortedBy", texts.t("findings.column." + sort.code()), texts.t("findings.order." + order())));
        return described;
    }
}
