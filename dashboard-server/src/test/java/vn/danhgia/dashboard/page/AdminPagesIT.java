package vn.danhgia.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.dashboard.DashboardFixture;
import vn.danhgia.dashboard.auth.AuditAction;
import vn.danhgia.dashboard.auth.AuditEntry;
import vn.danhgia.dashboard.auth.AuditFilter;
import vn.danhgia.dashboard.auth.AuditOutcome;
import vn.danhgia.dashboard.auth.Role;
import vn.danhgia.dashboard.web.DashboardServer;
import vn.danhgia.dashboard.web.ServerSettings;

/** The admin pages: audit log, identity look-up, accounts; who may open them and what a look-up leaves behind. */
class AdminPagesIT {
    private static final char[] PASSWORD = "mat-khau-rat-dai-de-thu".toCharArray();
    private static final String REASON = "Xác minh hồ sơ đề nghị khen thưởng số 12/2025";

    @TempDir
    static Path folder;

    private static DashboardServer server;
    private static PageClient viewer;
    private static PageClient analyst;
    private static PageClient admin;
    private static String personKey;
    private static String fullName;
    private static String cardNumber;

    @BeforeAll
    static void start() throws Exception {
        server = DashboardServer.start(ServerSettings.of(DashboardFixture.copyTo(folder), "127.0.0.1", 0));
        server.dashboard().accounts().add("viewer", Role.VIEWER, PASSWORD);
        server.dashboard().accounts().add("analyst", Role.ANALYST, PASSWORD);
        server.dashboard().accounts().add("admin", Role.ADMIN, PASSWORD);
        viewer = PageClient.login(server.port(), "viewer", new String(PASSWORD));
        analyst = PageClient.login(server.port(), "analyst", new String(PASSWORD));
        admin = PageClient.login(server.port(), "admin", new String(PASSWORD));
        server.dashboard().warehouse().read(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("select person_key, full_name, card_number"
                            + " from restricted.person_identity order by person_key limit 1")) {
                row.next();
                personKey = row.getString(1);
                fullName = row.getString(2);
                cardNumber = row.getString(3);
                return null;
            }
        });
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void viewersAndAnalystsAreRefusedEveryAdminPage() throws Exception {
        for (PageClient client : List.of(viewer, analyst)) {
            for (String path : List.of("/nhat-ky", "/danh-tinh", "/tai-khoan")) {
                assertThat(client.get(path).statusCode()).as(path).isEqualTo(403);
            }
            String csrf = PageClient.csrf(client.get("/tong-quan").body());
            HttpResponse<String> post =
                    client.post("/danh-tinh", Map.of("_csrf", csrf, "key", personKey, "reason", REASON));
            assertThat(post.statusCode()).isEqualTo(403);
            assertThat(post.body()).doesNotContain(fullName);
        }
        assertThat(lookups()).noneMatch(entry -> !entry.actor().equals("admin"));
    }

    @Test
    void anAdminLookUpShowsTheNameAndAuditsTheKeyAndReasonWithoutIt() throws Exception {
        int before = lookups().size();
        String csrf = PageClient.csrf(admin.get("/danh-tinh").body());
        HttpResponse<String> answer =
                admin.post("/danh-tinh", Map.of("_csrf", csrf, "key", personKey, "reason", REASON));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Danh tính của " + personKey, fullName, cardNumber, "Họ và tên");
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        List<AuditEntry> after = lookups();
        assertThat(after).hasSize(before + 1);
        AuditEntry entry = after.get(0);
        assertThat(entry.actor()).isEqualTo("admin");
        assertThat(entry.object()).isEqualTo(personKey);
        assertThat(entry.detail()).isEqualTo(REASON);
        assertThat(entry.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(entry.address()).isNotEmpty();
        assertThat(List.of(entry.actor(), entry.object(), entry.detail(), entry.address()))
                .noneMatch(text -> text.contains(fullName));

        String log = admin.get("/nhat-ky?action=identity_lookup").body();
        assertThat(log).contains("Nhật ký hoạt động", "Tra cứu danh tính", "Thành công", personKey, REASON);
        assertThat(log).doesNotContain(fullName);
    }

    @Test
    void anUnknownKeyIsSaidClearlyAndAuditedAsAFailure() throws Exception {
        String csrf = PageClient.csrf(admin.get("/danh-tinh").body());
        HttpResponse<String> answer =
                admin.post("/danh-tinh", Map.of("_csrf", csrf, "key", "pkhongcoai", "reason", REASON));
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("Không có đảng viên nào mang mã bí danh \"pkhongcoai\"");
        assertThat(lookups())
                .anyMatch(entry -> entry.object().equals("pkhongcoai")
                        && entry.outcome() == AuditOutcome.FAILURE
                        && entry.detail().equals(REASON));
    }

    @Test
    void aMissingOrShortReasonIsABadRequestAndLooksNothingUp() throws Exception {
        int before = lookups().size();
        String csrf = PageClient.csrf(admin.get("/danh-tinh").body());
        HttpResponse<String> missing = admin.post("/danh-tinh", Map.of("_csrf", csrf, "key", personKey));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body())
                .contains("Hãy nêu lý do tra cứu, ít nhất 10 ký tự")
                .doesNotContain(fullName);
        HttpResponse<String> tooShort =
                admin.post("/danh-tinh", Map.of("_csrf", csrf, "key", personKey, "reason", "xem thử"));
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).doesNotContain(fullName);
        HttpResponse<String> noKey = admin.post("/danh-tinh", Map.of("_csrf", csrf, "reason", REASON));
        assertThat(noKey.statusCode()).isEqualTo(400);
        assertThat(noKey.body()).contains("Hãy nhập mã bí danh");
        assertThat(lookups()).hasSize(before);
    }

    @Test
    void aLookUpWithoutTheCsrfTokenIsForbidden() throws Exception {
        int before = lookups().size();
        HttpResponse<String> answer = admin.post("/danh-tinh", Map.of("key", personKey, "reason", REASON));
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).doesNotContain(fullName);
        assertThat(lookups()).hasSize(before);
    }

    @Test
    void theAuditLogFiltersAndRefusesBadFilters() throws Exception {
        String logins = admin.get("/nhat-ky?action=login_success&actor=viewer").body();
        assertThat(logins).contains("Đăng nhập", "viewer").doesNotContain("Tra cứu danh tính</td>");
        assertThat(admin.get("/nhat-ky?action=nothing").statusCode()).isEqualTo(400);
        assertThat(admin.get("/nhat-ky?from=2025-12-31&to=2025-12-01").statusCode())
                .isEqualTo(400);
        assertThat(admin.get("/nhat-ky?from=31/12/2025").statusCode()).isEqualTo(400);
        assertThat(admin.get("/nhat-ky?page=0").statusCode()).isEqualTo(400);
        String empty = admin.get("/nhat-ky?from=2000-01-01&to=2000-01-02").body();
        assertThat(empty).contains("Không có mục nào phù hợp bộ lọc.");
    }

    @Test
    void theAccountsPageListsEveryAccountWithTheCommandsThatChangeThem() throws Exception {
        HttpResponse<String> answer = admin.get("/tai-khoan");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains("viewer", "analyst", "admin", "Người xem", "Chuyên viên", "Quản trị", "Đang dùng")
                .contains("bin/danhgia user passwd");
    }

    private static List<AuditEntry> lookups() {
        return server.dashboard().audit().list(AuditFilter.all().action(AuditAction.IDENTITY_LOOKUP));
    }
}
