package vn.danhgia.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.sandbox.Sandbox;
import vn.danhgia.core.sandbox.SandboxLimits;
import vn.danhgia.core.warehouse.AnalystSnapshot;
import vn.danhgia.dashboard.SandboxEscapes;
import vn.danhgia.dashboard.auth.AuditAction;
import vn.danhgia.dashboard.auth.AuditEntry;
import vn.danhgia.dashboard.auth.AuditFilter;
import vn.danhgia.dashboard.auth.AuditOutcome;
import vn.danhgia.dashboard.auth.Role;
import vn.danhgia.dashboard.web.TestServer;

/**
 * The SQL console over the real server and the fixture's analysts' file: who may reach it, that what it
 * shows is what the engine answers, that refused statements say so and change nothing on disk, that a
 * history is private and saved queries are shared, what the downloads hold, and that every run is audited.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleIT {
    private static final Pattern RUN = Pattern.compile("/truy-van\\?run=(\\d+)");
    private static final Pattern SAVED = Pattern.compile("/truy-van\\?saved=(\\d+)");
    private static final Pattern RESULT_TABLE =
            Pattern.compile("<table class=\"result-grid\">(.*?)</table>", Pattern.DOTALL);
    private static final Pattern BODY_ROW =
            Pattern.compile("<tr><td class=\"rownum\">(\\d+)</td>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td(?: class=\"([^\"]*)\")?>(.*?)</td>", Pattern.DOTALL);

    @TempDir
    static Path folder;

    private TestServer server;
    private int accounts;

    @BeforeAll
    void start() throws IOException {
        server = TestServer.start(folder.resolve("server"));
        assertThat(AnalystSnapshot.fileOf(server.warehouse()))
                .as("the fixture's analysts' file beside the served copy")
                .exists();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** A new analyst of its own, so that one test's history and audit do not mix with another's. */
    private Account analyst(String prefix) throws Exception {
        String name = prefix + "-" + (++accounts);
        String password = "mat-khau-" + name + "-2025";
        server.server().dashboard().accounts().add(name, Role.ANALYST, password.toCharArray());
        return new Account(name, PageClient.login(server.port(), name, password));
    }

    private record Account(String name, PageClient client) {}

    private PageClient as(Role role) throws Exception {
        return PageClient.login(server.port(), role.code(), server.password(role));
    }

    private static String csrf(PageClient client) throws Exception {
        HttpResponse<String> page = client.get("/tong-quan");
        return PageClient.csrf(page.body());
    }

    /** Runs {@code sql} through the form; returns the run's id (the redirect's). */
    private static long run(PageClient client, String sql) throws Exception {
        HttpResponse<String> answer =
                client.post("/truy-van", Map.of("_csrf", csrf(client), "sql", sql, "action", "run"));
        assertThat(answer.statusCode()).as("POST /truy-van " + sql).isEqualTo(303);
        String location = answer.headers().firstValue("Location").orElseThrow();
        Matcher id = RUN.matcher(location);
        assertThat(id.find()).as(location).isTrue();
        return Long.parseLong(id.group(1));
    }

    private static String page(PageClient client, String path) throws Exception {
        HttpResponse<String> page = client.get(path);
        assertThat(page.statusCode()).as("GET " + path).isEqualTo(200);
        return page.body();
    }

    @Test
    void viewersAreRefusedEveryConsoleRouteAndNobodyIsSentToLogIn() throws Exception {
        PageClient viewer = as(Role.VIEWER);
        for (String path : List.of(
                "/truy-van",
                "/truy-van?run=1",
                "/truy-van.csv?run=1",
                "/truy-van.xlsx?run=1",
                "/truy-van/danh-muc.json")) {
            HttpResponse<String> answer = viewer.get(path);
            assertThat(answer.statusCode()).as("viewer GET " + path).isEqualTo(403);
            assertThat(answer.body()).contains("Không được phép");
        }
        String token = csrf(viewer);
        for (String path : List.of("/truy-van", "/truy-van/luu", "/truy-van/xoa")) {
            HttpResponse<String> answer = viewer.post(
                    path, Map.of("_csrf", token, "sql", "select 1", "title", "x", "id", "1", "action", "run"));
            assertThat(answer.statusCode()).as("viewer POST " + path).isEqualTo(403);
        }
        assertThat(server.server()
                        .dashboard()
                        .audit()
                        .count(AuditFilter.all().actor(Role.VIEWER.code()).action(AuditAction.QUERY)))
                .as("a viewer ran nothing")
                .isZero();
        var nobody = server.anonymous().get("/truy-van");
        assertThat(nobody.status()).isEqualTo(303);
        assertThat(nobody.location()).isEqualTo("/dang-nhap?next=%2Ftruy-van");
        // nor is the link offered to a viewer
        assertThat(page(viewer, "/tong-quan")).doesNotContain("href=\"/truy-van\"");
        assertThat(page(as(Role.ANALYST), "/tong-quan"))
                .contains("href=\"/truy-van\"")
                .contains("Truy vấn SQL");
    }

    @Test
    void anAnalystSeesTheRowsTheEngineGivesAPageAtATime() throws Exception {
        Account analyst = analyst("phan-tich");
        String sql = "select unit_code, unit_name, unit_type, parent_code, count(*) over () as units\n"
                + "from core.dim_unit order by unit_code";
        List<List<String>> expected = direct(sql);
        assertThat(expected).as("more rows than one page").hasSizeGreaterThan(150);

        long id = run(analyst.client(), sql);
        String first = page(analyst.client(), "/truy-van?run=" + id);
        assertThat(first)
                .contains("<h1>Truy vấn SQL</h1>")
                .contains("Kết quả")
                .contains(new PageTexts().number(expected.size()) + " dòng")
                .contains("đang xem dòng 1–100")
                .contains("Trang 1/" + ((expected.size() + 99) / 100))
                .contains("href=\"/truy-van?run=" + id + "&amp;page=2#ket-qua\"")
                .contains("href=\"/truy-van.csv?run=" + id + "\"")
                .contains("href=\"/truy-van.xlsx?run=" + id + "\"");
        assertThat(rows(first)).containsExactlyElementsOf(expected.subList(0, 100));
        // the count is a number: right-aligned; a missing parent is NULL, not an empty cell
        assertThat(first).contains("<th scope=\"col\" class=\"num\"><span class=\"column-name\">units</span>");
        assertThat(first).contains("<td class=\"num\">" + expected.size() + "</td>");
        if (expected.subList(0, 100).stream().anyMatch(row -> row.get(3) == null)) {
            assertThat(first).contains("<td class=\"null\"><span class=\"null-value\">NULL</span></td>");
        }

        String second = page(analyst.client(), "/truy-van?run=" + id + "&page=2");
        assertThat(rows(second)).containsExactlyElementsOf(expected.subList(100, 200));
        assertThat(second).contains("đang xem dòng 101–200");
        // the editor holds the run's text
        assertThat(second).contains(">" + sql.replace("\n", "\n") + "</textarea>");
        // paging read the kept result: one run in the history, one in the audit
        assertThat(queryAudits(analyst.name())).hasSize(1);
        assertThat(page(analyst.client(), "/truy-van")).contains("href=\"/truy-van?run=" + id + "#ket-qua\"");

        // the schema browser lists the analysts' tables with their descriptions and no personal schema
        String console = page(analyst.client(), "/truy-van");
        assertThat(console)
                .contains("data-insert=\"core.dim_unit\"")
                .contains("data-insert=\"mart.findings\"")
                .doesNotContain("data-insert=\"restricted.")
                .doesNotContain("data-insert=\"raw.")
                .contains("<details class=\"schema-group\" open>");
        String catalog = analyst.client().get("/truy-van/danh-muc.json").body();
        assertThat(catalog)
                .startsWith("{\"core.")
                .contains("\"core.dim_unit\":[\"unit_code\",\"unit_name\"")
                .contains("\"mart.findings\":[")
                .doesNotContain("restricted");
    }

    @Test
    void aResultNoLongerKeptIsRunAgainFromTheHistory() throws Exception {
        Account analyst = analyst("chay-lai");
        long first = run(analyst.client(), "select 'lan-dau' as marker, 7 as n");
        for (int more = 1; more <= 3; more++) {
            run(analyst.client(), "select " + more + " as n");
        }
        // three results are kept per account: the first is gone and runs again from its text
        String page = page(analyst.client(), "/truy-van?run=" + first);
        assertThat(page).contains("<td>lan-dau</td>").contains("<td class=\"num\">7</td>");
        List<AuditEntry> audits = queryAudits(analyst.name());
        assertThat(audits).hasSize(5);
        assertThat(audits)
                .filteredOn(entry -> entry.detail().startsWith("run again; "))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.object()).isEqualTo("#" + first);
                    assertThat(entry.detail()).startsWith("run again; success; rows=1; ms=");
                });
        assertThat(analyst.client().get("/truy-van?run=" + first + "&page=2").statusCode())
                .as("a page past the last shows the last")
                .isEqualTo(200);
        assertThat(analyst.client().get("/truy-van?run=" + first + "&page=0").statusCode())
                .isEqualTo(400);
        assertThat(analyst.client().get("/truy-van?run=abc").statusCode()).isEqualTo(400);
        assertThat(analyst.client().get("/truy-van?bogus=1").statusCode()).isEqualTo(400);
    }

    @Test
    void theConsoleSpeaksEnglishToWhoChoseIt() throws Exception {
        Account analyst = analyst("english");
        HttpResponse<String> switched = analyst.client()
                .post("/ngon-ngu", Map.of("_csrf", csrf(analyst.client()), "language", "en", "next", "/truy-van"));
        assertThat(switched.statusCode()).isEqualTo(303);
        long id = run(analyst.client(), "drop table core.dim_unit");
        String page = page(analyst.client(), "/truy-van?run=" + id);
        assertThat(page)
                .contains("<h1>SQL queries</h1>")
                .contains("My history")
                .contains("Saved queries")
                .contains("<strong>Refused</strong>")
                .doesNotContain("Lịch sử của tôi");
        String message;
        try {
            Sandbox.forWarehouse(server.warehouse(), SandboxLimits.defaults(), Locale.ENGLISH)
                    .query("drop table core.dim_unit");
            throw new AssertionError("the sandbox ran a drop");
        } catch (DanhgiaException e) {
            message = e.getMessage();
        }
        assertThat(unescape(page)).contains(message);
    }

    @Test
    void aResultPastTheCapIsCutAndSaysSo() throws Exception {
        Account analyst = analyst("gioi-han");
        long id = run(analyst.client(), "select range as n from range(25000)");
        String page = page(analyst.client(), "/truy-van?run=" + id + "&page=100");
        assertThat(page)
                .contains("Kết quả bị cắt ở 10.000 dòng đầu tiên")
                .contains("Bị cắt theo giới hạn dòng")
                .contains("Trang 100/100")
                .contains("đang xem dòng 9.901–10.000");
        assertThat(rows(page).get(99)).containsExactly("9999");
        assertThat(queryAudits(analyst.name())).singleElement().satisfies(entry -> assertThat(entry.detail())
                .startsWith("row_cap; rows=10000; ms="));
    }

    @Test
    void refusedStatementsSayWhyAndChangeNothingOnDisk() throws Exception {
        Account analyst = analyst("tu-choi");
        Path outside = folder.resolve("outside");
        Files.createDirectories(outside);
        // every escape of sandbox/escapes.txt (SandboxEscapesIT tries them on the engine and the command),
        // aimed at the served warehouse's folder, plus writes to a folder outside it
        List<String> refused = new java.util.ArrayList<>(SandboxEscapes.against(server.warehouse()).stream()
                .map(SandboxEscapes.Escape::sql)
                .toList());
        refused.add("copy (select 1) to '" + outside.resolve("x.csv") + "'");
        refused.add("export database '" + outside.resolve("export") + "'");
        assertThat(refused).hasSizeGreaterThanOrEqualTo(30);
        Map<String, String> before = fingerprints(server.warehouse().getParent());
        Sandbox direct =
                Sandbox.forWarehouse(server.warehouse(), SandboxLimits.defaults(), Locale.forLanguageTag("vi"));
        for (String sql : refused) {
            long id = run(analyst.client(), sql);
            String page = page(analyst.client(), "/truy-van?run=" + id);
            String message;
            try {
                direct.query(sql);
                throw new AssertionError("the sandbox ran " + sql);
            } catch (DanhgiaException e) {
                message = e.getMessage();
            }
            assertThat(page).as(sql).contains("role=\"alert\"").doesNotContain("class=\"result-grid\"");
            assertThat(unescape(page)).as(sql).contains(message);
        }
        assertThat(fingerprints(server.warehouse().getParent()))
                .as("the warehouse folder, but for the application database")
                .isEqualTo(before);
        try (Stream<Path> files = Files.list(outside)) {
            assertThat(files).as("nothing written outside").isEmpty();
        }
        List<AuditEntry> audits = queryAudits(analyst.name());
        assertThat(audits).hasSize(refused.size());
        assertThat(audits).allSatisfy(entry -> assertThat(entry.outcome()).isNotEqualTo(AuditOutcome.SUCCESS));
        assertThat(audits.stream().filter(entry -> entry.outcome() == AuditOutcome.DENIED))
                .as("the refusals (the personal schema's absence is a refusal too)")
                .hasSizeGreaterThanOrEqualTo(refused.size() - 1);
    }

    @Test
    void oneAnalystsHistoryIsInvisibleToAnother() throws Exception {
        Account first = analyst("rieng");
        Account second = analyst("rieng");
        long id = run(first.client(), "select 'dau-vet-rieng-tu' as marker");
        assertThat(page(first.client(), "/truy-van")).contains("dau-vet-rieng-tu");
        String others = page(second.client(), "/truy-van");
        assertThat(others).doesNotContain("dau-vet-rieng-tu").contains("Bạn chưa chạy truy vấn nào.");
        for (PageClient stranger : List.of(second.client(), as(Role.ADMIN))) {
            for (String path : List.of("/truy-van?run=" + id, "/truy-van.csv?run=" + id, "/truy-van.xlsx?run=" + id)) {
                HttpResponse<String> answer = stranger.get(path);
                assertThat(answer.statusCode()).as(path).isEqualTo(404);
                assertThat(answer.body()).doesNotContain("dau-vet-rieng-tu");
            }
        }
        assertThat(page(first.client(), "/truy-van?run=" + id)).contains("<td>dau-vet-rieng-tu</td>");
    }

    @Test
    void savedQueriesAreSharedWithTheTeamAndDeletedByTheirOwnerOrAnAdmin() throws Exception {
        Account owner = analyst("luu");
        Account colleague = analyst("luu");
        String sql = "select year, count(*) as ratings from core.member_rating group by year order by year";
        HttpResponse<String> saved = owner.client()
                .post(
                        "/truy-van/luu",
                        Map.of(
                                "_csrf",
                                csrf(owner.client()),
                                "sql",
                                sql,
                                "title",
                                "Số phiếu đánh giá theo năm",
                                "description",
                                "Đếm phiếu của đảng viên mỗi năm, để đối chiếu với báo cáo tổng hợp."));
        assertThat(saved.statusCode()).isEqualTo(303);
        Matcher savedId = SAVED.matcher(saved.headers().firstValue("Location").orElseThrow());
        assertThat(savedId.find()).isTrue();
        long id = Long.parseLong(savedId.group(1));

        String seen = page(colleague.client(), "/truy-van");
        assertThat(seen)
                .contains("Số phiếu đánh giá theo năm")
                .contains("Đếm phiếu của đảng viên mỗi năm, để đối chiếu với báo cáo tổng hợp.")
                .contains("href=\"/truy-van?saved=" + id + "\"");
        assertThat(page(colleague.client(), "/truy-van?saved=" + id)).contains(">" + sql + "</textarea>");
        HttpResponse<String> refused =
                colleague.client().post("/truy-van/xoa", Map.of("_csrf", csrf(colleague.client()), "id", "" + id));
        assertThat(refused.statusCode())
                .as("a colleague deletes another's saved query")
                .isEqualTo(403);
        HttpResponse<String> deleted =
                owner.client().post("/truy-van/xoa", Map.of("_csrf", csrf(owner.client()), "id", "" + id));
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(page(colleague.client(), "/truy-van")).doesNotContain("Số phiếu đánh giá theo năm");
        assertThat(colleague.client().get("/truy-van?saved=" + id).statusCode()).isEqualTo(404);

        HttpResponse<String> again = owner.client()
                .post("/truy-van/luu", Map.of("_csrf", csrf(owner.client()), "sql", sql, "title", "Bản thứ hai"));
        Matcher againId = SAVED.matcher(again.headers().firstValue("Location").orElseThrow());
        assertThat(againId.find()).isTrue();
        PageClient admin = as(Role.ADMIN);
        assertThat(admin.post("/truy-van/xoa", Map.of("_csrf", csrf(admin), "id", againId.group(1)))
                        .statusCode())
                .as("an admin deletes anybody's")
                .isEqualTo(303);
        // no CSRF token, no saving
        assertThat(owner.client()
                        .post("/truy-van/luu", Map.of("sql", sql, "title", "không có mã"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void downloadsKeepNumbersAndNeutralizeFormulas() throws Exception {
        Account analyst = analyst("tai-ve");
        long id = run(
                analyst.client(),
                "select '=1+1' as formula, 'Đánh giá, xếp loại' as text, 42 as whole, 2.5 as half, null as nothing");
        assertThat(page(analyst.client(), "/truy-van?run=" + id))
                .contains("<td>=1+1</td>")
                .containsPattern("<td class=\"num\">42</td>\\s*<td class=\"num\">2.5</td>\\s*"
                        + "<td class=\"null\"><span class=\"null-value\">NULL</span></td>");
        HttpResponse<byte[]> csv = analyst.client().getBytes("/truy-van.csv?run=" + id);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        byte[] bytes = csv.body();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("formula,text,whole,half,nothing\r\n'=1+1,\"Đánh giá, xếp loại\",42,2.5,\r\n");

        HttpResponse<byte[]> xlsx = analyst.client().getBytes("/truy-van.xlsx?run=" + id);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (InputStream in = new ByteArrayInputStream(xlsx.body());
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            XSSFRow header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("formula");
            XSSFRow row = sheet.getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'=1+1");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Đánh giá, xếp loại");
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(42.0);
            assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(2.5);
            assertThat(row.getCell(4)).isNull();
        }
        List<AuditEntry> exports = server.server()
                .dashboard()
                .audit()
                .list(AuditFilter.all().actor(analyst.name()).action(AuditAction.EXPORT));
        assertThat(exports)
                .extracting(AuditEntry::object)
                .containsExactlyInAnyOrder("#" + id + ".csv", "#" + id + ".xlsx");
    }

    @Test
    void thePlanIsShownOnRequestWithoutRunning() throws Exception {
        Account analyst = analyst("ke-hoach");
        HttpResponse<String> answer = analyst.client()
                .post(
                        "/truy-van",
                        Map.of(
                                "_csrf", csrf(analyst.client()),
                                "sql", "select count(*) from core.member_rating where year = 2024",
                                "action", "plan"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains("<h2 id=\"plan-title\">Kế hoạch thực thi</h2>")
                .contains("<pre class=\"plan-text\">")
                .contains("member_rating")
                .doesNotContain("class=\"result-grid\"");
        assertThat(queryAudits(analyst.name())).singleElement().satisfies(entry -> {
            assertThat(entry.object()).isEqualTo("plan");
            assertThat(entry.detail()).startsWith("explain; success;");
        });
        assertThat(page(analyst.client(), "/truy-van")).contains("Bạn chưa chạy truy vấn nào.");
    }

    @Test
    void everyRunIsAuditedOnceWithItsOutcome() throws Exception {
        Account analyst = analyst("nhat-ky");
        long success = run(analyst.client(), "select 1 as one");
        long refused = run(analyst.client(), "drop table core.dim_unit");
        long failed = run(analyst.client(), "select no_such_column from core.dim_unit");
        List<AuditEntry> audits = queryAudits(analyst.name());
        assertThat(audits).hasSize(3);
        Map<String, AuditEntry> byObject = new TreeMap<>();
        audits.forEach(entry -> byObject.put(entry.object(), entry));
        assertThat(byObject.get("#" + success).outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(byObject.get("#" + success).detail()).matches("success; rows=1; ms=\\d+; sql=select 1 as one");
        assertThat(byObject.get("#" + refused).outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(byObject.get("#" + refused).detail())
                .matches("refused; rows=0; ms=\\d+; sql=drop table core.dim_unit");
        assertThat(byObject.get("#" + failed).outcome()).isEqualTo(AuditOutcome.FAILURE);
        assertThat(byObject.get("#" + failed).detail()).startsWith("failure; rows=0; ms=");
        assertThat(audits).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo(analyst.name()));
        // the history shows the three with their outcomes
        String page = page(analyst.client(), "/truy-van");
        assertThat(page).contains("Thành công").contains("Bị từ chối").contains("Lỗi");
    }

    private List<AuditEntry> queryAudits(String actor) {
        return server.server()
                .dashboard()
                .audit()
                .list(AuditFilter.all().actor(actor).action(AuditAction.QUERY));
    }

    /** The rows of the page's result grid, each cell's text (null for NULL). */
    private static List<List<String>> rows(String page) {
        Matcher table = RESULT_TABLE.matcher(page);
        assertThat(table.find()).as("a result grid on the page").isTrue();
        List<List<String>> rows = new ArrayList<>();
        Matcher row = BODY_ROW.matcher(table.group(1));
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                boolean missing = cell.group(1) != null && cell.group(1).contains("null");
                cells.add(missing ? null : unescape(cell.group(2)));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The same SQL run directly on the analysts' file, every value as text. */
    private List<List<String>> direct(String sql) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        Path file = AnalystSnapshot.fileOf(server.warehouse());
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<List<String>> values = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    row.add(rows.getString(column));
                }
                values.add(row);
            }
            return values;
        }
    }

    /** Every file of a folder (but the application database's) with a hash of its content. */
    private static Map<String, String> fingerprints(Path directory) throws IOException, NoSuchAlgorithmException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = directory.relativize(file).toString();
                if (name.contains(".app.db")) {
                    continue; // the history and the audit are written there, as they should be
                }
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                hashes.put(name, HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file))));
            }
        }
        return hashes;
    }

    private static String unescape(String html) {
        return html.replace("&#34;", "\"")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** Numbers as the Vietnamese pages write them. */
    private static final class PageTexts {
        String number(long value) {
            return vn.danhgia.dashboard.web.Texts.VIETNAMESE.number(value);
        }
    }
}
