package vn.danhgia.dashboard.page;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.danhgia.dashboard.chart.ChartSpec;
import vn.danhgia.dashboard.query.FilterOptions;
import vn.danhgia.dashboard.query.OverviewQuery;
import vn.danhgia.dashboard.query.OverviewQuery.Overview;
import vn.danhgia.dashboard.query.OverviewQuery.Scope;
import vn.danhgia.dashboard.web.HttpError;
import vn.danhgia.dashboard.web.PageContext;
import vn.danhgia.dashboard.web.Pages;
import vn.danhgia.dashboard.web.SnapshotCache;
import vn.danhgia.dashboard.web.Texts;

/**
 * Tổng quan: a year's ratings against every loaded year, the quota, the findings and the review season.
 * Its address holds its filters: {@code /tong-quan?year=2024&type=commune&org=X}.
 */
final class OverviewPage {
    static final String[] PARAMETERS = {"year", "type", "org", "all"};
    /** Rows of a long table shown before "show all" (a city has thousands of organizations). */
    static final int SHORT_LIST = 30;

    static final List<String> CHARTS = List.of("member-levels", "org-levels", "leader-levels", "findings");

    private final Pages pages;
    private final SnapshotCache cache;

    OverviewPage(Pages pages) {
        this.pages = pages;
        this.cache = pages.dashboard().cache();
    }

    /** The page's filters, checked against what the warehouse holds. */
    record Filters(int year, Scope scope, boolean all) {
        String query() {
            StringBuilder query = new StringBuilder("year=" + year);
            scope.unitType().ifPresent(type -> query.append("&type=").append(type));
            scope.organizationCode().ifPresent(org -> query.append("&org=").append(Links.encode(org)));
            return query.toString();
        }

        /** The same page with every row of its long tables. */
        String allQuery() {
            return query() + "&all=1";
        }
    }

    void show(Context context) {
        Form.allow(context, PARAMETERS);
        FilterOptions options = options();
        Filters filters = filters(context, options);
        Overview overview = overview(filters);
        PageContext page = pages.context(context, "overview");
        Texts texts = page.texts();
        page = page.withFilters(describe(texts, filters, options));
        PageContext shown = page;
        // the page's body depends on the snapshot, the language, the filters and the day, never on the
        // reader: it is rendered once and kept, and each request renders only the frame around it
        String key = "overview-body|" + texts.language() + "|" + filters.query() + "|" + filters.all() + "|" + today();
        String body = cache.get(
                key,
                connection -> pages.renderBody(
                        "overview-body.jte",
                        shown,
                        "overview",
                        overview,
                        "options",
                        options,
                        "filters",
                        filters,
                        "charts",
                        charts(texts, filters, overview),
                        "limit",
                        filters.all() ? Integer.MAX_VALUE : SHORT_LIST,
                        "allLink",
                        "/tong-quan?" + filters.allQuery()));
        pages.render(
                context,
                page,
                "shell.jte",
                "title",
                texts.t("overview.title", String.valueOf(filters.year())),
                "body",
                body);
    }

    private List<ChartView> charts(Texts texts, Filters filters, Overview overview) {
        List<ChartView> drawn = new ArrayList<>();
        for (String name : CHARTS) {
            drawn.add(ChartView.of(
                    texts, name, chart(name, texts, filters, overview), "/bieu-do/" + name, filters.query()));
        }
        return List.copyOf(drawn);
    }

    /** {@code /bieu-do/NAME.png} or {@code .svg} with the overview's filters. */
    void chart(Context context) {
        String file = context.pathParam("file");
        int dot = file.lastIndexOf('.');
        String name = dot < 0 ? file : file.substring(0, dot);
        String extension = dot < 0 ? "" : file.substring(dot + 1);
        if (!CHARTS.contains(name) || !(extension.equals("png") || extension.equals("svg"))) {
            throw HttpError.notFound("error.notFound", context.path());
        }
        Form.allow(context, PARAMETERS);
        FilterOptions options = options();
        Filters filters = filters(context, options);
        Texts texts = pages.texts(context);
        Overview overview = overview(filters);
        String key = "overview-chart|" + texts.language() + "|" + file + "|" + filters.query() + "|" + today();
        if (extension.equals("png")) {
            byte[] png = ChartView.png(texts, chart(name, texts, filters, overview)); // rare, and large to keep
            context.contentType("image/png");
            context.header("Content-Disposition", "inline; filename=\"" + name + "-" + filters.year() + ".png\"");
            context.result(png);
        } else {
            // drawn once per snapshot, language and filters: the image of the same data is the same image
            String svg = cache.get(key, connection -> ChartView.svg(texts, chart(name, texts, filters, overview)));
            context.contentType("image/svg+xml; charset=utf-8");
            context.result(svg);
        }
    }

    private ChartSpec chart(String name, Texts texts, Filters filters, Overview overview) {
        String scope = filters.query().replaceFirst("^year=\\d+", "");
        return switch (name) {
            case "member-levels" ->
                LevelCharts.members(
                        texts, overview.memberLevels(), year -> "/tong-quan?year=" + year + scope + "#to-chuc");
            case "org-levels" ->
                LevelCharts.levels(
                        texts,
                        "overview.chart.organizations",
                        overview.organizationLevels(),
                        year -> "/so-sanh?year=" + year + "&view=as_was");
            case "leader-levels" ->
                LevelCharts.levels(
                        texts, "overview.chart.leaders", overview.leaderLevels(), year -> "/canh-bao?year=" + year);
            case "findings" -> LevelCharts.findings(texts, filters.year(), overview.findings());
            default -> throw new IllegalArgumentException(name);
        };
    }

    FilterOptions options() {
        return pages.dashboard().site().options();
    }

    private LocalDate today() {
        return LocalDate.now(pages.dashboard().settings().clock());
    }

    private Overview overview(Filters filters) {
        LocalDate today = today();
        return cache.get("overview|" + filters.query() + "|" + today, connection -> new OverviewQuery(connection)
                .load(filters.year(), today, filters.scope()));
    }

    static Filters filters(Context context, FilterOptions options) {
        int year = Form.year(context, "year", options.years());
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
        boolean all = Form.choice(context, "all", List.of("1"), "").equals("1");
        return new Filters(year, new Scope(type, org), all);
    }

    static List<String> describe(Texts texts, Filters filters, FilterOptions options) {
        List<String> described = new ArrayList<>();
        described.add(texts.t("filter.year") + " " + filters.year());
        filters.scope()
                .unitType()
                .ifPresent(type -> described.add(texts.t("filter.unitType") + ": " + texts.label("unitType", type)));
        filters.scope()
                .organizationCode()
                .ifPresent(code -> described.add(texts.t("filter.organization") + ": "
                        + options.organizations().stream()
                                .filter(one -> one.code().equals(code))
                                .findFirst()
                                .map(FilterOptions.Organization::name)
                                .orElse(code)));
        return described;
    }
}
