package vn.danhgia.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.danhgia.dashboard.DashboardFixture;
import vn.danhgia.dashboard.auth.AuditAction;
import vn.danhgia.dashboard.auth.AuditEntry;
import vn.danhgia.dashboard.auth.AuditFilter;
import vn.danhgia.dashboard.auth.Role;
import vn.danhgia.dashboard.web.DashboardServer;
import vn.danhgia.dashboard.web.ServerSettings;

/**
 * The findings page on the real server over the generated district: counts equal to SQL on the same
 * warehouse, strict parameters, a finding's evidence in words, the downloads (rows, numeric cells, BOM),
 * no pseudonym for a viewer, and every download in the audit log.
 */
class FindingsPageIT {
    private static final String PASSWORD = "mật-khẩu-thử-rất-dài";
    private static final Pattern TOTAL = Pattern.compile("trong tổng số ([0-9.]+)\\.");
    private static final Pattern FINDING_LINK = Pattern.compile("href=\"(/canh-bao/[0-9a-f]{64})[^\"]*\"");

    private static DashboardServer server;
    private static Client viewer;
    private static Client analyst;
    private static int busiestYear;
    private static long countOfBusiestYear;
    private static long countOfBusiestYearMedium;
    private static long countAll;
    private static String personDetector;
    private static List<String> personKeys;

    @BeforeAll
    static void start() throws Exception {
        Path folder = Files.createTempDirectory("findings-page-it");
        Path warehouse = DashboardFixture.copyTo(folder);
        try (Connection connection = readOnly(warehouse)) {
            busiestYear = (int) single(
                    connection,
                    "select year from mart.findings group by year order by count(*) desc, year desc limit 1");
            countOfBusiestYear = single(connection, "select count(*) from mart.findings where year = ?", busiestYear);
            countOfBusiestYearMedium = single(
                    connection,
                    "select count(*) from mart.findings where year = ? and severity = 'medium'",
                    busiestYear);
            countAll = single(connection, "select count(*) from mart.findings");
            try (PreparedStatement statement =
                    connection.prepareStatement("select detector from mart.findings group by detector"
                            + " having count(*) = count(nullif(subject_key, ''))"
                            + " order by count(*) desc, detector limit 1")) {
                try (ResultSet rows = statement.executeQuery()) {
                    assertThat(rows.next())
                            .as("the fixture has a detector of persons only")
                            .isTrue();
                    personDetector = rows.getString(1);
                }
            }
            personKeys = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "select distinct subject_key from mart.findings where detector = ? and subject_key <> ''")) {
                statement.setString(1, personDetector);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        personKeys.add(rows.getString(1));
                    }
                }
            }
        }
        server = DashboardServer.start(ServerSettings.of(warehouse, "127.0.0.1", 0));
        server.dashboard().accounts().add("bt-viewer", Role.VIEWER, PASSWORD.toCharArray());
        server.dashboard().accounts().add("ban-to-chuc", Role.ANALYST, PASSWORD.toCharArray());
        viewer = Client.login(server.port(), "bt-viewer");
        analyst = Client.login(server.port(), "ban-to-chuc");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void listCountsWhatTheWarehouseHolds() throws Exception {
        assertThat(total(viewer.page("/canh-bao"))).isEqualTo(countAll);
        assertThat(total(viewer.page("/canh-bao?year=" + busiestYear))).isEqualTo(countOfBusiestYear);
        String medium = viewer.page("/canh-bao?year=" + busiestYear + "&severity=medium&sort=unit&order=asc");
        assertThat(total(medium)).isEqualTo(countOfBusiestYearMedium);
        assertThat(medium).contains("<h1>Cảnh báo</h1>", "Mức độ", "aria-sort=\"ascending\"");
    }

    @Test
    void listShowsFiftyToAPageWithAPager() throws Exception {
        String first = viewer.page("/canh-bao");
        assertThat(links(first)).hasSize((int) Math.min(50, countAll));
        if (countAll > 50) {
            assertThat(first).contains("rel=\"next\"");
            String second = viewer.page("/canh-bao?page=2");
            assertThat(links(second)).hasSize((int) Math.min(50, countAll - 50));
            assertThat(links(second)).doesNotContainAnyElementsOf(links(first));
        }
    }

    @Test
    void refusesAnUnknownSortKeyParameterOrValue() throws Exception {
        assertThat(viewer.get("/canh-bao?sort=name").statusCode()).isEqualTo(400);
        assertThat(viewer.get("/canh-bao?order=up").statusCode()).isEqualTo(400);
        assertThat(viewer.get("/canh-bao?severity=urgent").statusCode()).isEqualTo(400);
        assertThat(viewer.get("/canh-bao?colour=red").statusCode()).isEqualTo(400);
        assertThat(viewer.get("/canh-bao?page=0").statusCode()).isEqualTo(400);
        assertThat(viewer.get("/canh-bao.csv?page=2").statusCode()).isEqualTo(400);
        assertThat(viewer.get("/canh-bao?year=1999").statusCode()).isEqualTo(404);
        assertThat(viewer.get("/canh-bao?unit=KHONG-CO").statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownFindingIsNotFound() throws Exception {
        HttpResponse<String> unknown = viewer.get("/canh-bao/" + "0".repeat(64));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Không có cảnh báo");
        assertThat(viewer.get("/canh-bao/not-an-id").statusCode()).isEqualTo(404);
    }

    @Test
    void aFindingShowsItsRuleAndSourceRowsInWordsNeverJson() throws Exception {
        String list = viewer.page("/canh-bao?detector=excellent_quota");
        String finding = viewer.page(links(list).get(0) + "?detector=excellent_quota");
        String main = main(finding);
        assertThat(main).contains("<h1>Vượt tỷ lệ đảng viên HTXSNV</h1>", "Quy định năm đó", "Dữ liệu gốc");
        assertThat(main).containsPattern("<blockquote class=\"rule\">[^<]{40,}</blockquote>");
        assertThat(main).containsPattern("<td class=\"file\">[^<]+\\.(xlsx|xls|csv)</td>");
        assertThat(main).containsPattern("<td class=\"rows\">[0-9]");
        assertThat(main).doesNotContain("{", "}");
        assertThat(main).contains("href=\"/canh-bao?detector=excellent_quota&amp;sort=severity&amp;order=desc\"");
    }

    @Test
    void theXlsxHoldsEveryFilteredRowWithNumbersAsNumbers() throws Exception {
        HttpResponse<byte[]> response = viewer.bytes("/canh-bao.xlsx?year=" + busiestYear);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo((int) countOfBusiestYear);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Loại cảnh báo");
            for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                assertThat(sheet.getRow(row).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(sheet.getRow(row).getCell(1).getNumericCellValue()).isEqualTo(busiestYear);
                assertThat(sheet.getRow(row).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            }
        }
    }

    @Test
    void theCsvStartsWithTheByteOrderMarkAndHoldsEveryRow() throws Exception {
        HttpResponse<byte[]> response = viewer.bytes("/canh-bao.csv?year=" + busiestYear + "&severity=medium");
        assertThat(response.statusCode()).isEqualTo(200);
        byte[] body = response.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = csv(body);
        assertThat(records).hasSize((int) countOfBusiestYearMedium + 1);
        assertThat(records.get(0).get(0)).isEqualTo("Loại cảnh báo");
        assertThat(records.stream().skip(1).map(record -> record.get(2))).containsOnly("Trung bình");
    }

    @Test
    void aViewerSeesNoPseudonymAnAnalystDoes() throws Exception {
        String path = "/canh-bao?detector=" + personDetector;
        String seenByViewer = viewer.page(path);
        String seenByAnalyst = analyst.page(path);
        assertThat(seenByViewer).contains("Một đảng viên");
        assertThat(personKeys).noneMatch(seenByViewer::contains);
        assertThat(personKeys).anyMatch(seenByAnalyst::contains);

        String finding = links(seenByViewer).get(0);
        assertThat(personKeys).noneMatch(viewer.page(finding)::contains);
        assertThat(personKeys).anyMatch(analyst.page(finding)::contains);

        String csv = new String(
                viewer.bytes("/canh-bao.csv?detector=" + personDetector).body(), StandardCharsets.UTF_8);
        assertThat(personKeys).noneMatch(csv::contains);
        assertThat(csv).contains("Một đảng viên");
        String analystCsv = new String(
                analyst.bytes("/canh-bao.csv?detector=" + personDetector).body(), StandardCharsets.UTF_8);
        assertThat(personKeys).anyMatch(analystCsv::contains);
    }

    @Test
    void everyDownloadIsAuditedWithItsFilter() throws Exception {
        viewer.bytes("/canh-bao.xlsx?year=" + busiestYear + "&severity=medium");
        List<AuditEntry> exports = server.dashboard()
                .audit()
                .list(AuditFilter.all().action(AuditAction.EXPORT).actor("bt-viewer"));
        assertThat(exports).anySatisfy(entry -> {
            assertThat(entry.object()).isEqualTo("/canh-bao.xlsx");
            assertThat(entry.detail())
                    .isEqualTo("year=" + busiestYear + "&severity=medium&sort=severity&order=desc; rows="
                            + countOfBusiestYearMedium);
            assertThat(entry.address()).isEqualTo("127.0.0.1");
        });
    }

    private static long total(String html) {
        Matcher matcher = TOTAL.matcher(html);
        assertThat(matcher.find()).as("the list says how many findings it has").isTrue();
        return Long.parseLong(matcher.group(1).replace(".", ""));
    }

    private static List<String> links(String html) {
        List<String> links = new ArrayList<>();
        Matcher matcher = FINDING_LINK.matcher(html);
        while (matcher.find()) {
            if (!links.contains(matcher.group(1))) {
                links.add(matcher.group(1));
            }
        }
        return links;
    }

    private static String main(String html) {
        return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
    }

    private static List<CSVRecord> csv(byte[] body) throws IOException {
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    private static Connection readOnly(Path warehouse) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + warehouse, properties);
    }

    private static long single(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int index = 0; index < parameters.length; index++) {
                statement.setObject(index + 1, parameters[index]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** A browser of one account: its own cookies, no redirects followed. */
    private record Client(HttpClient http, String base) {
        static Client login(int port, String name) throws IOException, InterruptedException {
            HttpClient http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            Client client = new Client(http, "http://127.0.0.1:" + port);
            String form = client.get("/dang-nhap").body();
            Matcher token =
                    Pattern.compile("name=\"_login\" value=\"([^\"]+)\"").matcher(form);
            assertThat(token.find()).isTrue();
            String body = "_login=" + encode(token.group(1)) + "&name=" + encode(name) + "&password=" + encode(PASSWORD)
                    + "&next=" + encode("/tong-quan");
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(client.base + "/dang-nhap"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("login of " + name).isEqualTo(303);
            return client;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        String page(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        }

        HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
