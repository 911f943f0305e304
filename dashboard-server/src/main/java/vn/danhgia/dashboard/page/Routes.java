package vn.danhgia.dashboard.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpStatus;
import vn.danhgia.dashboard.web.Access;
import vn.danhgia.dashboard.web.Dashboard;
import vn.danhgia.dashboard.web.Gatekeeper;
import vn.danhgia.dashboard.web.Pages;

/**
 * Every route of the server with the role it requires: the one table a reviewer reads to see who may
 * reach what (RouteTableIT walks it and fails on a route without a role).
 */
public final class Routes {
    private Routes() {}

    public static void declare(RoutesConfig routes, Dashboard dashboard, Gatekeeper gatekeeper, Pages pages) {
        SessionPages sessions = new SessionPages(pages, gatekeeper);
        routes.get("/dang-nhap", sessions::loginForm, Access.PUBLIC);
        routes.post("/dang-nhap", sessions::login, Access.PUBLIC);
        routes.get("/suc-khoe", context -> context.result("ok"), Access.PUBLIC);
        routes.post("/dang-xuat", sessions::logout, Access.VIEWER);
        routes.post("/ngon-ngu", sessions::language, Access.VIEWER);
        routes.get("/", context -> context.redirect("/tong-quan", HttpStatus.SEE_OTHER), Access.VIEWER);

        OverviewPage overview = new OverviewPage(pages);
        routes.get("/tong-quan", overview::show, Access.VIEWER);
        routes.get("/bieu-do/{file}", overview::chart, Access.VIEWER);

        // ---- Cảnh báo (findings): FindingsPage ----
        FindingsPage findings = new FindingsPage(pages);
        routes.get("/canh-bao", findings::list, Access.VIEWER);
        routes.get("/canh-bao.xlsx", findings::xlsx, Access.VIEWER);
        routes.get("/canh-bao.csv", findings::csv, Access.VIEWER);
        routes.get("/canh-bao/{id}", findings::show, Access.VIEWER);

        // ---- Đơn vị (units) and Khắc phục (remediation): UnitPage, RemediationPage ----
        UnitPage units = new UnitPage(pages);
        routes.get("/don-vi", units::list, Access.VIEWER);
        routes.get("/don-vi/{code}", units::show, Access.VIEWER);
        routes.get("/bieu-do-don-vi/{code}/{file}", units::chart, Access.VIEWER);
        RemediationPage remediation = new RemediationPage(pages);
        routes.get("/khac-phuc", remediation::show, Access.VIEWER);

        // ---- So sánh năm (year against year): ComparePage ----
        ComparePage compare = new ComparePage(pages);
        routes.get("/so-sanh", compare::show, Access.VIEWER);
        routes.get("/bieu-do-so-sanh/{file}", compare::chart, Access.VIEWER);

        // ---- Báo cáo (the year-over-year report, from the compare and unit pages): ReportPage ----
        ReportPage report = new ReportPage(pages);
        routes.get("/bao-cao.pdf", report::pdf, Access.VIEWER);
        routes.get("/bao-cao.xlsx", report::xlsx, Access.VIEWER);

        // ---- Dữ liệu (data, analysts): DataPage ----
        DataPage data = new DataPage(pages);
        routes.get("/du-lieu", data::show, Access.ANALYST);
        routes.post("/du-lieu/anh-xa", data::map, Access.ANALYST);
        routes.post("/du-lieu/bo-anh-xa", data::unmap, Access.ANALYST);
        routes.before("/du-lieu/tai-len", data::refuseOversize);
        routes.post("/du-lieu/tai-len", data::upload, Access.ANALYST);
        ColumnMappingPage columns =
                new ColumnMappingPage(pages, data.runner(), data.uploads().root(), DataPage.RELOAD_COMMAND);
        routes.get(ColumnMappingPage.PATH, columns::show, Access.ANALYST);
        routes.post(ColumnMappingPage.PATH, columns::save, Access.ANALYST);

        // ---- Truy vấn SQL (the SQL console, analysts): ConsolePage ----
        ConsolePage console = new ConsolePage(pages);
        routes.get("/truy-van", console::show, Access.ANALYST);
        routes.post("/truy-van", console::run, Access.ANALYST);
        routes.get("/truy-van.csv", console::csv, Access.ANALYST);
        routes.get("/truy-van.xlsx", console::xlsx, Access.ANALYST);
        routes.get("/truy-van/danh-muc.json", console::catalog, Access.ANALYST);
        routes.post("/truy-van/luu", console::save, Access.ANALYST);
        routes.post("/truy-van/xoa", console::delete, Access.ANALYST);
        // ---- Sổ phân tích (notebooks, analysts): NotebookPage ----
        NotebookPage notebooks = new NotebookPage(pages);
        routes.get("/so-phan-tich", notebooks::list, Access.ANALYST);
        routes.get("/so-phan-tich/{name}", notebooks::show, Access.ANALYST);

        // ---- Quản trị (admin): AuditPage, IdentityPage ----
        AuditPage audit = new AuditPage(pages);
        routes.get("/nhat-ky", audit::show, Access.ADMIN);
        IdentityPage identity = new IdentityPage(pages);
        routes.get("/danh-tinh", identity::form, Access.ADMIN);
        routes.post("/danh-tinh", identity::lookup, Access.ADMIN);
        AccountsPage accounts = new AccountsPage(pages);
        routes.get("/tai-khoan", accounts::show, Access.ADMIN);
    }
}
