package vn.danhgia.dashboard.page;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.danhgia.dashboard.chart.ChartSpec;
import vn.danhgia.dashboard.query.FilterOptions;
import vn.danhgia.dashboard.query.OverviewQuery.MemberLevels;
import vn.danhgia.dashboard.query.UnitListQuery;
import vn.danhgia.dashboard.query.UnitListQuery.UnitSummary;
import vn.danhgia.dashboard.query.UnitMemberLevels;
import vn.danhgia.dashboard.query.UnitQuery;
import vn.danhgia.dashboard.query.UnitQuery.UnitDetail;
import vn.danhgia.dashboard.web.Access;
import vn.danhgia.dashboard.web.HttpError;
import vn.danhgia.dashboard.web.PageContext;
import vn.danhgia.dashboard.web.Pages;
import vn.danhgia.dashboard.web.SnapshotCache;
import vn.danhgia.dashboard.web.Texts;

/**
 * Đơn vị: the searchable list of grassroots organizations ({@code /don-vi?q=dong+hoa&type=commune}) and one
 * unit ({@code /don-vi/CODE?year=2024&view=as_is}): its ratings over the years, lineage, cells, findings,
 * shortcomings and submission dates, with its members' levels as a chart ({@code /bieu-do-don-vi/CODE/member-levels.png}).
 */
final class UnitPage {
    static final String[] LIST_PARAMETERS = {"q", "type"};
    static final String[] UNIT_PARAMETERS = {"year", "view"};
    static final List<String> VIEWS = List.of("as_was", "as_is");
    static final String CHART = "member-levels";

    private final Pages pages;
    private final SnapshotCache cache;

    UnitPage(Pages pages) {
        this.pages = pages;
        this.cache = pages.dashboard().cache();
    }

    /** The unit page's choices: a year to focus on (empty: every year) and the view of its members. */
    record Choice(Optional<Integer> year, String view) {
        String query() {
            List<String> parts = new ArrayList<>();
            year.ifPresent(one -> parts.add("year=" + one));
            if (!view.equals("as_was")) {
                parts.add("view=" + view);
            }
            return String.join("&", parts);
        }
    }

    void list(Context context) {
        Form.allow(context, LIST_PARAMETERS);
        List<UnitSummary> all = cache.get("units|all", connection -> new UnitListQuery(connection).all());
        List<String> types = all.stream()
                .flatMap(unit -> unit.unitType().stream())
                .distinct()
                .sorted()
                .toList();
        String search = Form.text(context, "q").orElse("");
        Optional<String> type = Form.text(context, "type");
        if (type.isPresent() && !types.contains(type.get())) {
            throw HttpError.badRequest("error.badParameter", "type", type.get(), String.join(" | ", types));
        }
        List<UnitSummary> units = UnitListQuery.filter(all, search, type);
        PageContext page = pages.context(context, "units");
        Texts texts = page.texts();
        List<String> described = new ArrayList<>();
        if (!search.isEmpty()) {
            described.add(texts.t("units.filter.search", search));
        }
        type.ifPresent(one -> described.add(texts.t("filter.unitType") + ": " + texts.label("unitType", one)));
        page = page.withFilters(described);
        pages.render(
                context, page, "units.jte", "units", units, "types", types, "search", search, "type", type.orElse(""));
    }

    void show(Context context) {
        String code = context.pathParam("code");
        Form.allow(context, UNIT_PARAMETERS);
        UnitDetail unit = unit(code);
        Choice choice = choice(context, unit);
        PageContext page = pages.context(context, "units");
        Texts texts = page.texts();
        List<MemberLevels> members = members(unit, choice);
        ChartView chart = ChartView.of(
                texts,
                CHART,
                chart(texts, unit, members),
                "/bieu-do-don-vi/" + Links.encode(code) + "/" + CHART,
                choice.query());
        List<String> described = new ArrayList<>();
        described.add(texts.t("unitPage.facts.code") + ": " + code);
        choice.year().ifPresent(year -> described.add(texts.t("filter.year") + " " + year));
        described.add(texts.t("filter.view") + ": " + texts.t("filter.view." + choice.view()));
        page = page.withFilters(described);
        pages.render(
                context,
                page,
                "unit.jte",
                "unit",
                unit,
                "view",
                new UnitView(unit, choice, members, page.may(Access.ANALYST), years()),
                "chart",
                chart);
    }

    /** {@code /bieu-do-don-vi/CODE/member-levels.png} or {@code .svg}, with the unit page's choices. */
    void chart(Context context) {
        String code = context.pathParam("code");
        String file = context.pathParam("file");
        if (!file.equals(CHART + ".png") && !file.equals(CHART + ".svg")) {
            throw HttpError.notFound("error.notFound", context.path());
        }
        Form.allow(context, UNIT_PARAMETERS);
        UnitDetail unit = unit(code);
        Choice choice = choice(context, unit);
        ChartSpec spec = chart(pages.texts(context), unit, members(unit, choice));
        if (file.endsWith(".png")) {
            context.contentType("image/png");
            context.header("Content-Disposition", "inline; filename=\"" + CHART + "-" + safe(code) + ".png\"");
            context.result(ChartView.png(pages.texts(context), spec));
        } else {
            context.contentType("image/svg+xml; charset=utf-8");
            context.result(ChartView.svg(pages.texts(context), spec));
        }
    }

    private UnitDetail unit(String code) {
        return cache.get("unit|" + code, connection -> new UnitQuery(connection).load(code))
                .orElseThrow(() -> HttpError.notFound("error.unknownUnit", code));
    }

    private List<MemberLevels> members(UnitDetail unit, Choice choice) {
        if (choice.view().equals("as_is") && unit.current().validTo().isEmpty()) {
            return cache.get(
                    "unit-as-is|" + unit.unitCode(), connection -> UnitMemberLevels.asIs(connection, unit.unitCode()));
        }
        return unit.memberLevels();
    }

    private List<Integer> years() {
        return options().years();
    }

    private FilterOptions options() {
        return pages.dashboard().site().options();
    }

    private Choice choice(Context context, UnitDetail unit) {
        Optional<Integer> year = Form.integer(context, "year");
        List<Integer> loaded = years();
        if (year.isPresent() && !loaded.contains(year.get())) {
            throw new HttpError(404, "error.noYear", String.valueOf(year.get()), Form.joinYears(loaded));
        }
        return new Choice(year, Form.choice(context, "view", VIEWS, "as_was"));
    }

    private static ChartSpec chart(Texts texts, UnitDetail unit, List<MemberLevels> members) {
        String code = Links.encode(unit.unitCode());
        ChartSpec spec = LevelCharts.members(texts, members, year -> "/canh-bao?unit=" + code + "&year=" + year);
        return new ChartSpec(
                spec.kind(),
                texts.t("unitPage.chart.members") + " — " + unit.current().unitName(),
                spec.categoryAxisLabel(),
                spec.valueAxisLabel(),
                spec.categories(),
                spec.series(),
                spec.percentAxis(),
                texts.t("unitPage.chart.members.description"));
    }

    /** A file name's part made of the code: letters, digits, dashes and underscores only. */
    private static String safe(String code) {
        return code.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
