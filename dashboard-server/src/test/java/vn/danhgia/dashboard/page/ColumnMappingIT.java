package vn.danhgia.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.danhgia.dashboard.DashboardFixture;
import vn.danhgia.dashboard.auth.AuditAction;
import vn.danhgia.dashboard.auth.AuditEntry;
import vn.danhgia.dashboard.auth.AuditFilter;
import vn.danhgia.dashboard.auth.AuditOutcome;
import vn.danhgia.dashboard.auth.Role;
import vn.danhgia.dashboard.upload.LoadRunner;
import vn.danhgia.dashboard.web.DashboardServer;
import vn.danhgia.dashboard.web.ServerSettings;

/**
 * The upload of the containers the load reads now (a web page table saved as .htm, a Word .docx table)
 * and the column mapping of a file the load does not understand, on the real server over a copy of the
 * generated district, with bin/danhgia load, inspect and analyze as real child processes: the mapping form
 * offers the header cells inspect read, posting it saves a profile in the configuration folder (here
 * {@code DANHGIA_PROFILES} of the children, a temporary folder) and loads the file's rows.
 */
class ColumnMappingIT {
    private static final String PASSWORD = "mật-khẩu-thử-rất-dài";
    private static final Pattern LOGIN_TOKEN = Pattern.compile("name=\"_login\" value=\"([^\"]*)\"");
    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
    private static final Pattern MAP_LINK =
            Pattern.compile("href=\"(/du-lieu/anh-xa-cot\\?upload=([^&\"]+)&amp;file=([^\"]+))\"");
    /** Where the form's page is written for a look in a browser (target/column-mapping/). */
    private static final Path PAGES = Path.of("target", "column-mapping").toAbsolutePath();

    private static DashboardServer server;
    private static Path profiles;
    private static Client viewer;
    private static Client analyst;
    private static Client english;

    @BeforeAll
    static void start() throws Exception {
        Path folder = Files.createTempDirectory("column-mapping-it");
        profiles = folder.resolve("profiles");
        System.setProperty(LoadRunner.PROFILES_PROPERTY, profiles.toString());
        Path warehouse = DashboardFixture.copyTo(folder);
        server = DashboardServer.start(ServerSettings.of(warehouse, "127.0.0.1", 0));
        server.dashboard().accounts().add("bt-viewer", Role.VIEWER, PASSWORD.toCharArray());
        server.dashboard().accounts().add("chuyen-vien", Role.ANALYST, PASSWORD.toCharArray());
        viewer = Client.login(server.port(), "bt-viewer");
        analyst = Client.login(server.port(), "chuyen-vien");
        server.dashboard().accounts().add("analyst-en", Role.ANALYST, PASSWORD.toCharArray());
        english = Client.login(server.port(), "analyst-en");
        assertThat(english.post(
                                "/ngon-ngu",
                                Map.of("_csrf", english.csrf("/tong-quan"), "language", "en", "next", "/tong-quan"))
                        .statusCode())
                .isEqualTo(303);
        Files.createDirectories(PAGES);
    }

    @AfterAll
    static void stop() {
        System.clearProperty(LoadRunner.PROFILES_PROPERTY);
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aWebPageTableSavedAsHtmIsLoaded() throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"></head><body>"
                + "<p>DANH SÁCH XẾP LOẠI ĐẢNG VIÊN NĂM 2025</p><p>Chi bộ Trường Mầm non Hoa Sen</p>"
                + "<table border=\"1\"><tr><th>STT</th><th>Họ và tên</th><th>Đảng ủy quyết định</th></tr>"
                + "<tr><td>1</td><td>Phạm Thị Hồng</td><td>Hoàn thành tốt nhiệm vụ</td></tr>"
                + "<tr><td>2</td><td>Đỗ Văn Hải</td><td>Hoàn thành nhiệm vụ</td></tr>"
                + "</table></body></html>";
        String name = "xep loai mam non hoa sen 2025.htm";

        HttpResponse<String> answer =
                analyst.upload(analyst.csrf("/du-lieu"), name, html.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("<td class=\"file\">" + name + "</td>", "Đã nạp và phân tích xong");
        assertThat(answer.body()).doesNotContain("data-status=\"failed\"");
        assertThat(rowsOf(name)).isEqualTo(2);
    }

    @Test
    void aWordDocumentTableIsLoaded() throws Exception {
        String name = "xep loai chi bo thon Dong 2025.docx";

        HttpResponse<String> answer = analyst.upload(analyst.csrf("/du-lieu"), name, wordDocument());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("<td class=\"file\">" + name + "</td>", "Đã nạp và phân tích xong");
        assertThat(answer.body()).doesNotContain("data-status=\"failed\"");
        assertThat(rowsOf(name)).isEqualTo(3);
    }

    @Test
    void anOpenDocumentSpreadsheetIsRefusedWithTheAdviceToSaveItAsXlsx() throws Exception {
        HttpResponse<String> answer =
                analyst.upload(analyst.csrf("/du-lieu"), "bao cao.ods", new byte[] {'P', 'K', 3, 4, 0, 0});

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Không nhận tệp \"bao cao.ods\": tệp .ods chưa được hỗ trợ", ".xlsx");
    }

    @Test
    void aLayoutNotUnderstoodIsMappedOnceAndItsRowsAreLoaded() throws Exception {
        String name = "danh sach cot 2025.csv";
        String csv = "DANH SÁCH XẾP LOẠI ĐẢNG VIÊN NĂM 2025\nChi bộ Hợp tác xã Rau sạch An Phú\n"
                + "Cột A,Cột B,Cột C\n1,Nguyễn Văn Ánh,Hoàn thành tốt nhiệm vụ\n"
                + "2,Trần Thị Bích,Hoàn thành xuất sắc nhiệm vụ\n3,Lê Văn Cường,Hoàn thành nhiệm vụ\n"
                + "4,Vũ Thị Dung,Hoàn thành tốt nhiệm vụ\n";

        HttpResponse<String> uploaded =
                analyst.upload(analyst.csrf("/du-lieu"), name, csv.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(uploaded.body()).contains("data-status=\"failed\"", "Ánh xạ cột");
        Matcher link = MAP_LINK.matcher(uploaded.body());
        assertThat(link.find()).as("the result offers the mapping of the file").isTrue();
        String upload = link.group(2);
        String address = link.group(1).replace("&amp;", "&");
        assertThat(rowsOf(name)).isZero();

        HttpResponse<String> form = analyst.get(address);
        assertThat(form.statusCode()).isEqualTo(200);
        Files.writeString(PAGES.resolve("form.html"), form.body(), StandardCharsets.UTF_8);
        assertThat(form.body())
                .contains("<h1>Ánh xạ cột</h1>", "Dòng 3 giống dòng tiêu đề cột nhất.")
                .contains("<tr data-cell=\"Cột A\">", "<tr data-cell=\"Cột B\">", "<tr data-cell=\"Cột C\">")
                .contains("<select id=\"cell-0\" name=\"cell.0\">", "<select id=\"cell-2\" name=\"cell.2\">")
                .contains("<option value=\"final_level\"", "<option value=\"full_name\"")
                .doesNotContain("name=\"cell.3\"");
        assertThat(cells(form.body())).containsExactly("Cột A", "Cột B", "Cột C");

        String csrf = analyst.csrf("/du-lieu");
        Map<String, String> mapping = new LinkedHashMap<>();
        mapping.put("_csrf", csrf);
        mapping.put("upload", upload);
        mapping.put("file", name);
        mapping.put("kind", "member_rating");
        mapping.put("cell.0", "seq");
        mapping.put("cell.1", "full_name");
        mapping.put("cell.2", "final_level");
        mapping.put("name", "mau-cot-abc");

        Map<String, String> viewerForm = new LinkedHashMap<>(mapping);
        viewerForm.put("_csrf", viewer.csrf("/tong-quan"));
        assertThat(viewer.post("/du-lieu/anh-xa-cot", viewerForm).statusCode()).isEqualTo(403);
        Map<String, String> noToken = new LinkedHashMap<>(mapping);
        noToken.remove("_csrf");
        assertThat(analyst.post("/du-lieu/anh-xa-cot", noToken).statusCode()).isEqualTo(403);
        Map<String, String> badField = new LinkedHashMap<>(mapping);
        badField.put("cell.2", "unit_code");
        HttpResponse<String> refused = analyst.post("/du-lieu/anh-xa-cot", badField);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("role=\"alert\"", "Trường \"unit_code\" không thuộc loại biểu mẫu đã chọn");
        Map<String, String> badName = new LinkedHashMap<>(mapping);
        badName.put("name", "../etc/x");
        assertThat(analyst.post("/du-lieu/anh-xa-cot", badName).body()).contains("Tên mẫu \"../etc/x\" không hợp lệ");
        Map<String, String> tooFew = new LinkedHashMap<>(mapping);
        tooFew.remove("cell.1");
        tooFew.remove("cell.2");
        HttpResponse<String> inspectRefused = analyst.post("/du-lieu/anh-xa-cot", tooFew);
        assertThat(inspectRefused.statusCode()).isEqualTo(400);
        assertThat(inspectRefused.body())
                .contains("<div class=\"error\" role=\"alert\"><p>Chưa lưu được mẫu ánh xạ: ")
                .contains("các trường seq không đủ cho một loại biểu mẫu");
        Map<String, String> tooFewInEnglish = new LinkedHashMap<>(tooFew);
        tooFewInEnglish.put("_csrf", english.csrf("/du-lieu"));
        HttpResponse<String> inEnglish = english.post("/du-lieu/anh-xa-cot", tooFewInEnglish);
        assertThat(inEnglish.statusCode()).isEqualTo(400);
        assertThat(inEnglish.body())
                .contains("<h1>Map columns</h1>", "The mapping profile was not saved: ")
                .contains("the fields seq are not enough for any kind");
        assertThat(profiles).doesNotExist();

        HttpResponse<String> saved = analyst.post("/du-lieu/anh-xa-cot", mapping);

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body())
                .contains("Đã lưu mẫu ánh xạ cột \"mau-cot-abc\"", "Đã nạp và phân tích xong")
                .contains("<td class=\"file\">" + name + "</td>")
                .doesNotContain("data-status=\"failed\"");
        assertThat(rowsOf(name)).isEqualTo(4);
        Path profile = profiles.resolve("mau-cot-abc.yaml");
        assertThat(profile).exists();
        assertThat(Files.readString(profile, StandardCharsets.UTF_8))
                .contains("kind: \"member_rating\"", "Cột B: \"full_name\"", "Cột C: \"final_level\"");
        List<AuditEntry> audited =
                server.dashboard().audit().list(AuditFilter.all().action(AuditAction.COLUMN_MAPPING));
        assertThat(audited)
                .filteredOn(entry -> entry.outcome() == AuditOutcome.SUCCESS)
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo("chuyen-vien");
                    assertThat(entry.object()).isEqualTo("mau-cot-abc");
                    assertThat(entry.detail()).contains(upload + "/" + name, "\"Cột C\" -> final_level");
                });
        HttpResponse<String> understood = analyst.get(address);
        assertThat(understood.body()).contains("Tệp này đã được hiểu là biểu mẫu \"Xếp loại đảng viên\"");
    }

    @Test
    void theMappingPageIsForAnalystsOnlyAndNamesNoFileOutsideTheUploads() throws Exception {
        assertThat(viewer.get("/du-lieu/anh-xa-cot?upload=x&file=y.csv").statusCode())
                .isEqualTo(403);
        assertThat(analyst.get("/du-lieu/anh-xa-cot?upload=..&file=warehouse.duckdb")
                        .statusCode())
                .isEqualTo(404);
        assertThat(analyst.get("/du-lieu/anh-xa-cot?upload=x&file=..%2F..%2Fetc%2Fpasswd")
                        .statusCode())
                .isEqualTo(404);
        assertThat(analyst.get("/du-lieu/anh-xa-cot").statusCode()).isEqualTo(303);
    }

    /** A Word document with the title block and a member ratings table. */
    private static byte[] wordDocument() throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("DANH SÁCH XẾP LOẠI ĐẢNG VIÊN NĂM 2025");
            document.createParagraph().createRun().setText("Chi bộ Cửa hàng Sách Bình Minh");
            String[][] rows = {
                {"STT", "Họ và tên", "Đảng ủy quyết định"},
                {"1", "Hoàng Văn Khải", "Hoàn thành tốt nhiệm vụ"},
                {"2", "Ngô Thị Lan", "Hoàn thành xuất sắc nhiệm vụ"},
                {"3", "Bùi Văn Minh", "Hoàn thành nhiệm vụ"}
            };
            XWPFTable table = document.createTable(rows.length, 3);
            for (int row = 0; row < rows.length; row++) {
                for (int column = 0; column < 3; column++) {
                    table.getRow(row).getCell(column).setText(rows[row][column]);
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> cells(String body) {
        Matcher cell = Pattern.compile("<tr data-cell=\"([^\"]*)\">").matcher(body);
        List<String> cells = new ArrayList<>();
        while (cell.find()) {
            cells.add(cell.group(1));
        }
        return cells;
    }

    private static long rowsOf(String file) {
        return server.dashboard().warehouse().read(connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement("select count(*) from core.member_rating where source_file = ?")) {
                statement.setString(1, file);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    /** One account's browser: cookies, the login form, forms and multipart uploads. */
    private static final class Client {
        private final String address;
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        private Client(String address) {
            this.address = address;
        }

        static Client login(int port, String name) throws IOException, InterruptedException {
            Client client = new Client("http://127.0.0.1:" + port);
            Matcher token = LOGIN_TOKEN.matcher(client.get("/dang-nhap").body());
            assertThat(token.find()).isTrue();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("_login", token.group(1));
            fields.put("name", name);
            fields.put("password", PASSWORD);
            fields.put("next", "/tong-quan");
            assertThat(client.post("/dang-nhap", fields).statusCode()).isEqualTo(303);
            return client;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(address + path))
                            .timeout(Duration.ofMinutes(5))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        String csrf(String path) throws IOException, InterruptedException {
            Matcher token = CSRF_TOKEN.matcher(get(path).body());
            assertThat(token.find()).isTrue();
            return token.group(1);
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
            String body = fields.entrySet().stream()
                    .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(
                    HttpRequest.newBuilder(URI.create(address + path))
                            .timeout(Duration.ofMinutes(20))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> upload(String csrf, String fileName, byte[] content)
                throws IOException, InterruptedException {
            String boundary = "----danhgia" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(
                    ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                            + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return http.send(
                    HttpRequest.newBuilder(URI.create(address + "/du-lieu/tai-len"))
                            .timeout(Duration.ofMinutes(20))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
