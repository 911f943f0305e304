package vn.danhgia.dashboard.page;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.danhgia.dashboard.chart.ChartKind;
import vn.danhgia.dashboard.chart.ChartSeries;
import vn.danhgia.dashboard.chart.ChartSpec;
import vn.danhgia.dashboard.query.FilterOptions;
import vn.danhgia.dashboard.query.LevelTally;
import vn.danhgia.dashboard.query.YearComparisonQuery;
import vn.danhgia.dashboard.query.YearComparisonQuery.OrganizationComparison;
import vn.danhgia.dashboard.query.YearComparisonQuery.TypeComparison;
import vn.danhgia.dashboard.query.YearComparisonQuery.View;
import vn.danhgia.dashboard.query.YearComparisonQuery.YearComparison;
import vn.danhgia.dashboard.report.ReportFormat;
import vn.danhgia.dashboard.web.HttpError;
import vn.danhgia.dashboard.web.PageContext;
import vn.danhgia.dashboard.web.Pages;
import vn.danhgia.dashboard.web.Texts;

/**
 * So sánh năm: two years side by side per unit type and per grassroots organization, "as is" (history
 * restated in today's units) or "as was" (each year's units), with the excellent share's change first:
 * a steep rise is the first sign of "nể nang" inflation. Address: {@code /so-sanh?year=2025&base=2024&view=as_is}.
 */
public final class ComparePage {
    static final String[] PARAMETERS = {"year", "base", "view", "type", "sort"};
    static final List<String> VIEWS = List.of("as_is", "as_was");
    static final List<String> SORTS = List.of("delta", "share", "name");
    static final String CHART = "excellent-share";
    /** A rise of the excellent share from this many points up is marked as steep. */
    static final BigDecimal STEEP_RISE = new BigDecimal("0.05");

    private final Pages pages;

    ComparePage(Pages pages) {
        this.pages = pages;
    }

    /** The page's filters, checked against the loaded years and unit types. */
    public record Filters(int year, int base, String view, Optional<String> unitType, String sort) {
        public String query() {
            return "year=" + year + "&base=" + base + "&view=" + view
                    + unitType.map(type -> "&type=" + Links.encode(type)).orElse("") + "&sort=" + sort;
        }

        /** The year-over-year report of these two years in this view ({@code pdf} or {@code xlsx}). */
        public String reportLink(String extension) {
            return ReportPage.link(ReportFormat.of(extension), year, base, Optional.empty(), view);
        }

        /** This page with other filters. */
        public String with(String newView, Optional<String> newType, String newSort) {
            return "/so-sanh?" + new Filters(year, base, newView, newType, newSort).query();
        }
    }

    /** One unit type in both years. */
    public record TypeRow(String unitType, LevelTally from, LevelTally to, LevelTally.LevelDelta delta) {
        public boolean rising() {
            return delta.excellentShare().map(change -> change.signum() > 0).orElse(false);
        }

        public boolean steep() {
            return delta.excellentShare()
                    .map(change -> change.compareTo(STEEP_RISE) >= 0)
                    .orElse(false);
        }
    }

    /** One organization in both years, with what the page says about its mergers. */
    public record OrganizationRow(OrganizationComparison organization, String unitType, List<String> notes) {
        public OrganizationRow {
            notes = List.copyOf(notes);
        }

        public LevelTally.LevelDelta delta() {
            return organization.delta();
        }

        public boolean rising() {
            return delta().excellentShare().map(change -> change.signum() > 0).orElse(false);
        }

        public boolean steep() {
            return delta().excellentShare()
                    .map(change -> change.compareTo(STEEP_RISE) >= 0)
                    .orElse(false);
        }
    }

    void show(Context context) {
        Form.allow(context, PARAMETERS);
        FilterOptions options = pages.dashboard().site().options();
        Filters filters = filters(context, options);
        YearComparison comparison = comparison(filters);
        CompareNotes notes = notes(filters);
        PageContext page = pages.context(context, "compare");
        Texts texts = page.texts();
        page = page.withFilters(describe(texts, filters));
        List<TypeRow> types = comparison.byType().stream()
                .filter(type -> filters.unitType().map(type.unitType()::equals).orElse(true))
                .map(type -> new TypeRow(type.unitType(), type.from(), type.to(), type.delta()))
                .toList();
        List<OrganizationRow> organizations = organizations(texts, filters, comparison, notes);
        ChartView chart = ChartView.of(
                texts, CHART, chart(texts, filters, comparison), "/bieu-do-so-sanh/" + CHART, filters.query());
        pages.render(
                context,
                page,
                "compare.jte",
                "filters",
                filters,
                "options",
                options,
                "comparison",
                comparison,
                "types",
                types,
                "organizations",
                organizations,
                "chart",
                chart);
    }

    /** {@code /bieu-do-so-sanh/excellent-share.png} or {@code .svg} with the page's filters. */
    void chart(Context context) {
        String file = context.pathParam("file");
        int dot = file.lastIndexOf('.');
        String name = dot < 0 ? file : file.substring(0, dot);
        String extension = dot < 0 ? "" : file.substring(dot + 1);
        if (!name.equals(CHART) || !(extension.equals("png") || extension.equals("svg"))) {
            throw HttpError.notFound("error.notFound", context.path());
        }
        Form.allow(context, PARAMETERS);
        Filters filters = filters(context, pages.dashboard().site().options());
        ChartSpec spec = chart(pages.texts(context), filters, comparison(filters));
        if (extension.equals("png")) {
            context.contentType("image/png");
            context.header(
                    "Content-Disposition",
                    "inline; filename=\"" + name + "-" + filters.base() + "-" + filters.year() + ".png\"");
            context.result(ChartView.png(pages.texts(context), spec));
        } else {
            context.contentType("image/svg+xml; charset=utf-8");
            context.result(ChartView.svg(pages.texts(context), spec));
        }
    }

    static Filters filters(Context context, FilterOptions options) {
        int year = Form.year(context, "year", options.years());
        int base = Form.integer(context, "base").orElse(year - 1);
        if (base >= year) {
            throw HttpError.badRequest("compare.error.baseNotBefore", String.valueOf(base), String.valueOf(year));
        }
        if (!options.years().contains(base)) {
            throw new HttpError(404, "error.noYear", String.valueOf(base), Form.joinYears(options.years()));
        }
        String view = Form.choice(context, "view", VIEWS, "as_is");
        Optional<String> type = Form.text(context, "type");
        if (type.isPresent() && !options.unitTypes().contains(type.get())) {
            throw HttpError.badRequest(
                    "error.badParameter", "type", type.get(), String.join(" | ", options.unitTypes()));
        }
        String sort = Form.choice(context, "sort", SORTS, "delta");
        return new Filters(year, base, view, type, sort);
    }

    private YearComparison comparison(Filters filters) {
        return pages.dashboard()
                .cache()
                .get(
                        "compare|" + filters.base() + "|" + filters.year() + "|" + filters.view(),
                        connection -> new YearComparisonQuery(connection)
                                .compare(filters.base(), filters.year(), View.of(filters.view())));
    }

    private CompareNotes notes(Filters filters) {
        return pages.dashboard()
                .cache()
                .get(
                        "compare-notes|" + filters.base() + "|" + filters.year(),
                        connection -> CompareNotes.load(connection, filters.base(), filters.year()));
    }

    private static List<OrganizationRow> organizations(
            Texts texts, Filters filters, YearComparison comparison, CompareNotes notes) {
        List<OrganizationRow> rows = new ArrayList<>();
        for (OrganizationComparison organization : comparison.byOrganization()) {
            String type = organization.inToYear() ? organization.toUnitType() : organization.fromUnitType();
            if (filters.unitType().isPresent()
                    && !filters.unitType().get().equals(organization.fromUnitType())
                    && !filters.unitType().get().equals(organization.toUnitType())) {
                continue;
            }
            rows.add(new OrganizationRow(organization, type, notes(texts, filters, organization, notes)));
        }
        rows.sort(order(filters.sort()));
        return List.copyOf(rows);
    }

    private static List<String> notes(
            Texts texts, Filters filters, OrganizationComparison organization, CompareNotes notes) {
        List<String> said = new ArrayList<>();
        String code = organization.organizationCode();
        if (filters.view().equals("as_is")) {
            List<String> restated = notes.restatedFrom(code);
            if (!restated.isEmpty()) {
                said.add(texts.t("compare.note.restated", String.join(", ", restated)));
            }
            return said;
        }
        if (organization.mergerResult()) {
            Map<LocalDate, List<String>> byDate = new TreeMap<>();
            for (CompareNotes.Merge merge : notes.formedFrom(code)) {
                byDate.computeIfAbsent(merge.effectiveDate(), date -> new ArrayList<>())
                        .add(merge.fromName());
            }
            byDate.forEach((date, names) ->
                    said.add(texts.t("compare.note.formed", texts.date(date), String.join(", ", names))));
        }
        if (organization.mergedAway()) {
            for (CompareNotes.Merge merge : notes.mergedInto(code)) {
                if (merge.effectiveDate().getYear() > filters.year()) {
                    continue; // a later merger is no part of these two years
                }
                said.add(texts.t("compare.note.merged", texts.date(merge.effectiveDate()), merge.toName()));
            }
        }
        return said;
    }

    private static Comparator<OrganizationRow> order(String sort) {
        Comparator<OrganizationRow> byName = Comparator.comparing(
                        (OrganizationRow row) -> row.organization().organizationName())
                .thenComparing(row -> row.organization().organizationCode());
        Comparator<Optional<BigDecimal>> largestFirst = Comparator.comparing(
                (Optional<BigDecimal> value) -> value.orElse(null), Comparator.nullsLast(Comparator.reverseOrder()));
        switch (sort) {
            case "name":
                return byName;
            case "share":
                return Comparator.comparing(
                                (OrganizationRow row) -> row.organization().to().excellentShare(), largestFirst)
                        .thenComparing(byName);
            default:
                return Comparator.comparing((OrganizationRow row) -> row.delta().excellentShare(), largestFirst)
                        .thenComparing(byName);
        }
    }

    /** The excellent share of each unit type in both years; each bar opens the type's organizations. */
    static ChartSpec chart(Texts texts, Filters filters, YearComparison comparison) {
        List<TypeComparison> types = comparison.byType();
        List<String> categories = types.stream()
                .map(type -> texts.label("unitType", type.unitType()))
                .toList();
        List<Optional<String>> links = types.stream()
                .map(type ->
                        Optional.of(filters.with(filters.view(), Optional.of(type.unitType()), "delta") + "#to-chuc"))
                .toList();
        List<ChartSeries> series = List.of(
                new ChartSeries(
                        "base",
                        String.valueOf(filters.base()),
                        Optional.empty(),
                        types.stream().map(type -> share(type.from())).toList(),
                        links),
                new ChartSeries(
                        "year",
                        String.valueOf(filters.year()),
                        Optional.empty(),
                        types.stream().map(type -> share(type.to())).toList(),
                        links));
        return new ChartSpec(
                ChartKind.GROUPED_BAR,
                texts.t(
                        "compare.chart.title",
                        String.valueOf(filters.base()),
                        String.valueOf(filters.year()),
                        texts.t("filter.view." + filters.view())),
                texts.t("filter.unitType"),
                texts.t("compare.chart.axis"),
                categories,
                series,
                true,
                texts.t("compare.chart.description"));
    }

    private static double share(LevelTally tally) {
        return tally.excellentShare().map(BigDecimal::doubleValue).orElse(Double.NaN);
    }

    static List<String> describe(Texts texts, Filters filters) {
        List<String> described = new ArrayList<>();
        described.add(texts.t("compare.filter.years", String.valueOf(filters.base()), String.valueOf(filters.year())));
        described.add(texts.t("filter.view") + ": " + texts.t("filter.view." + filters.view()));
        filters.unitType()
                .ifPresent(type -> described.add(texts.t("filter.unitType") + ": " + texts.label("unitType", type)));
        return described;
    }
}
