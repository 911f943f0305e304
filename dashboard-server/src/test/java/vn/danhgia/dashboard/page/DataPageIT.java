package vn.danhgia.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.danhgia.dashboard.DashboardFixture;
import vn.danhgia.dashboard.auth.AuditAction;
import vn.danhgia.dashboard.auth.AuditEntry;
import vn.danhgia.dashboard.auth.AuditFilter;
import vn.danhgia.dashboard.auth.AuditOutcome;
import vn.danhgia.dashboard.auth.Role;
import vn.danhgia.dashboard.auth.UnitMapping;
import vn.danhgia.dashboard.web.DashboardServer;
import vn.danhgia.dashboard.web.ServerSettings;

/**
 * The data page on the real server over a copy of the generated district: analysts only, the load log
 * counted as SQL counts it, a renamed program refused with nothing kept, a unit's file uploaded, loaded
 * and analyzed by bin/danhgia and published under the running server, and a mapping decision stored
 * and audited.
 */
class DataPageIT {
    private static final String PASSWORD = "mật-khẩu-thử-rất-dài";
    private static final Pattern LOG_SUMMARY = Pattern.compile("([0-9.]+) tệp trong ([0-9.]+) lần nạp\\.");
    private static final Pattern LOGIN_TOKEN = Pattern.compile("name=\"_login\" value=\"([^\"]*)\"");
    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    private static DashboardServer server;
    private static Path uploads;
    private static Client viewer;
    private static Client analyst;

    @BeforeAll
    static void start() throws Exception {
        Path warehouse = DashboardFixture.copyTo(Files.createTempDirectory("data-page-it"));
        ServerSettings settings = ServerSettings.of(warehouse, "127.0.0.1", 0);
        uploads = settings.uploads();
        server = DashboardServer.start(settings);
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
    void aViewerIsRefusedThePageAndTheUpload() throws Exception {
        assertThat(viewer.get("/du-lieu").statusCode()).isEqualTo(403);
        String csrf = viewer.csrf("/tong-quan");
        HttpResponse<String> upload =
                viewer.upload(csrf, "a.csv", "TT,Họ tên\n1,An\n".getBytes(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).isEqualTo(403);
    }

    @Test
    void theLoadLogCountsWhatSqlCounts() throws Exception {
        HttpResponse<String> page = analyst.get("/du-lieu");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h1>Dữ liệu</h1>", "Nhật ký nạp", "Dòng bị loại", "Đơn vị tạm", "Tải lên tệp của đơn vị")
                .contains("bin/danhgia load data/demo data/uploads");
        Matcher summary = LOG_SUMMARY.matcher(page.body());
        assertThat(summary.find()).isTrue();
        assertThat(number(summary.group(1))).isEqualTo(single("select count(*) from meta.load_log"));
        assertThat(number(summary.group(2))).isEqualTo(single("select count(distinct load_id) from meta.load_log"));
        assertThat(analyst.get("/du-lieu?page=0").statusCode()).isEqualTo(400);
        assertThat(analyst.get("/du-lieu?sort=file").statusCode()).isEqualTo(400);
    }

    @Test
    void aProgramRenamedXlsxIsRefusedAndNothingIsKept() throws Exception {
        byte[] program = new byte[4096];
        program[0] = 'M';
        program[1] = 'Z';
        program[2] = (byte) 0x90;
        List<Path> keptBefore = kept();
        HttpResponse<String> answer = analyst.upload(analyst.csrf("/du-lieu"), "bao cao.xlsx", program);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Không nhận tệp \"bao cao.xlsx\"", "xlsx, xls, csv, txt");
        assertThat(kept()).isEqualTo(keptBefore);
        assertThat(server.dashboard().audit().list(AuditFilter.all().action(AuditAction.UPLOAD)))
                .anySatisfy(entry -> {
                    assertThat(entry.object()).isEqualTo("bao cao.xlsx");
                    assertThat(entry.outcome()).isEqualTo(AuditOutcome.DENIED);
                });
    }

    @Test
    void anUploadOverTheLimitGetsTheTooLargePage() throws Exception {
        byte[] large = new byte[(int) ServerSettings.DEFAULT_MAX_UPLOAD_BYTES + 128 * 1024];
        Arrays.fill(large, (byte) 'a');
        HttpResponse<String> answer = analyst.upload(analyst.csrf("/du-lieu"), "lon.csv", large);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("Tệp quá lớn", "Tệp tải lên vượt giới hạn 20 MB");
    }

    @Test
    void anUploadedFileIsLoadedAnalyzedAndPublished() throws Exception {
        Path file = cleanMemberFile();
        long versions = server.dashboard().warehouse().versionsOpened();
        long filesBefore = single("select count(*) from meta.load_log");

        HttpResponse<String> answer =
                analyst.upload(analyst.csrf("/du-lieu"), file.getFileName().toString(), Files.readAllBytes(file));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains("<h1>Kết quả tải lên</h1>", "Đã nạp và phân tích xong")
                .contains("<td class=\"file\">" + file.getFileName() + "</td>")
                .contains("data-status=\"loaded\"")
                .doesNotContain("data-status=\"failed\"");
        assertThat(analyst.get("/tong-quan").statusCode()).isEqualTo(200);
        assertThat(server.dashboard().warehouse().versionsOpened()).isGreaterThan(versions);
        assertThat(single("select count(*) from meta.load_log")).isEqualTo(filesBefore + 1);
        try (Stream<Path> kept = Files.walk(uploads)) {
            assertThat(kept.filter(path -> path.getFileName().equals(file.getFileName())))
                    .hasSize(1);
        }
        assertThat(server.dashboard().audit().list(AuditFilter.all().action(AuditAction.UPLOAD)))
                .anySatisfy(entry -> {
                    assertThat(entry.actor()).isEqualTo("ban-to-chuc");
                    assertThat(entry.outcome()).isEqualTo(AuditOutcome.SUCCESS);
                    assertThat(entry.detail()).contains(file.getFileName() + " (loaded)");
                });
    }

    @Test
    void aMappingDecisionIsStoredAuditedAndCanBeRemoved() throws Exception {
        String provisional = text("select min(unit_code) from core.dim_unit where is_provisional and tier <> 'cell'");
        String registered = text(
                "select min(unit_code) from core.dim_unit where not coalesce(is_provisional, false) and tier = 'grassroots'");
        assertThat(provisional)
                .as("the fixture names a unit the registry does not know")
                .isNotNull();
        String csrf = analyst.csrf("/du-lieu");

        HttpResponse<String> refused = analyst.post(
                "/du-lieu/anh-xa", Map.of("provisional", provisional, "decision", "map", "registered", registered));
        assertThat(refused.statusCode()).isEqualTo(403);
        HttpResponse<String> unknown = analyst.post(
                "/du-lieu/anh-xa",
                Map.of("_csrf", csrf, "provisional", provisional, "decision", "map", "other", "KHONG-CO"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(server.dashboard().unitMappings().list()).isEmpty();

        HttpResponse<String> saved = analyst.post(
                "/du-lieu/anh-xa",
                Map.of("_csrf", csrf, "provisional", provisional, "decision", "map", "registered", registered));
        assertThat(saved.statusCode()).isEqualTo(303);
        List<UnitMapping> mappings = server.dashboard().unitMappings().list();
        assertThat(mappings).hasSize(1);
        assertThat(mappings.get(0).provisionalCode()).isEqualTo(provisional);
        assertThat(mappings.get(0).registeredCode()).isEqualTo(registered);
        assertThat(mappings.get(0).decidedBy()).isEqualTo("ban-to-chuc");
        List<AuditEntry> audited =
                server.dashboard().audit().list(AuditFilter.all().action(AuditAction.UNIT_MAPPING));
        assertThat(audited).hasSize(1);
        assertThat(audited.get(0).object()).isEqualTo(provisional);
        assertThat(audited.get(0).detail()).endsWith(" -> " + registered);
        assertThat(analyst.get("/du-lieu?mapped=" + provisional).body())
                .contains("Đã lưu quyết định cho đơn vị " + provisional, "Là đơn vị " + registered, "Bỏ quyết định");

        HttpResponse<String> removed =
                analyst.post("/du-lieu/bo-anh-xa", Map.of("_csrf", csrf, "provisional", provisional));
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(server.dashboard().unitMappings().list()).isEmpty();
        assertThat(server.dashboard().audit().list(AuditFilter.all().action(AuditAction.UNIT_MAPPING)))
                .hasSize(2);
    }

    /** A generated member ratings file of the latest year that the generator wrote with no bad row. */
    private static Path cleanMemberFile() throws IOException {
        Path folder = DashboardFixture.generatedFiles();
        JsonNode manifest =
                new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        JsonNode chosen = null;
        for (JsonNode file : manifest.path("files")) {
            boolean clean = file.path("bad_rows").isEmpty();
            boolean member = file.path("kind").asText().equals("member_rating");
            boolean spreadsheet = file.path("format").asText().equals("xlsx");
            if (clean
                    && member
                    && spreadsheet
                    && (chosen == null
                            || file.path("year").asInt() > chosen.path("year").asInt())) {
                chosen = file;
            }
        }
        assertThat(chosen).as("the fixture has a clean member ratings file").isNotNull();
        return folder.resolve(chosen.path("path").asText());
    }

    /** Everything in the uploads folder (empty before the first upload). */
    private static List<Path> kept() throws IOException {
        if (!Files.exists(uploads)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(uploads)) {
            return paths.sorted().toList();
        }
    }

    private static long single(String query) {
        return Long.parseLong(text(query));
    }

    private static String text(String query) {
        return server.dashboard().warehouse().read(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(query)) {
                rows.next();
                return rows.getString(1);
            }
        });
    }

    private static long number(String vietnamese) {
        return Long.parseLong(vietnamese.replace(".", ""));
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
                    HttpRequest.newBuilder(URI.create(address + path)).GET().build(),
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
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** The upload form: its CSRF field and one file. */
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
