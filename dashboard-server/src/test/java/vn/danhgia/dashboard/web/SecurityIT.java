package vn.danhgia.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danhgia.dashboard.auth.Account;
import vn.danhgia.dashboard.auth.AuditAction;
import vn.danhgia.dashboard.auth.AuditFilter;
import vn.danhgia.dashboard.auth.Role;

/**
 * The server's defences from the outside: CSRF on every state-changing route, the security headers,
 * the session cookie's flags, login throttling, idle sessions, error pages that say what went wrong in
 * Vietnamese without a stack trace, and no open redirect after login.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityIT {
    @TempDir
    static Path folder;

    private final TestClock clock = TestClock.ofNow();
    private TestServer server;

    @BeforeAll
    void start() throws Exception {
        server = TestServer.start(folder.resolve("main"), settings -> withClock(settings, clock));
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyPostWithoutTheRightCsrfTokenIsRefusedAndChangesNothing() {
        List<RouteTableIT.Route> posts = RouteTableIT.walk(server).stream()
                .filter(route -> route.method() == HandlerType.POST && route.access() != Access.PUBLIC)
                .toList();
        assertThat(posts).extracting(RouteTableIT.Route::path).contains("/dang-xuat", "/ngon-ngu");
        String otherSessionsToken = server.loggedIn(Role.ADMIN).csrf();

        for (RouteTableIT.Route route : posts) {
            assertThat(route.hasParameters())
                    .as(route + ": give SecurityIT a sample address")
                    .isFalse();
            Map<String, String> fields = new LinkedHashMap<>(Map.of("language", "en", "next", "/tong-quan"));
            RouteTableIT.postFields().getOrDefault(route.path(), Map.of()).forEach(fields::putIfAbsent);
            fields.put("language", "en");
            for (String token : new String[] {null, "", "sai-ma-chong-gia-mao", otherSessionsToken}) {
                WebClient admin = server.loggedIn(Role.ADMIN);
                Map<String, String> form = new LinkedHashMap<>(fields);
                if (token != null) {
                    form.put("_csrf", token);
                }
                WebClient.Response response = admin.post(route.path(), form);

                String what = route + " with _csrf=" + token;
                assertThat(response.status()).as(what).isEqualTo(403);
                assertThat(response.body()).as(what).contains("thiếu mã chống giả mạo");
                assertThat(admin.get("/tong-quan").status())
                        .as(what + ": the session still works")
                        .isEqualTo(200);
                assertThat(account("admin").language())
                        .as(what + ": the language unchanged")
                        .isEqualTo("vi");
            }
        }
        assertThat(server.server().dashboard().audit().count(AuditFilter.all().action(AuditAction.IDENTITY_LOOKUP)))
                .as("no identity was looked up")
                .isZero();
    }

    @Test
    void theCsrfTokenInAHeaderOrTheFormIsAccepted() {
        WebClient viewer = server.loggedIn(Role.VIEWER);
        String token = viewer.csrf();

        WebClient.Response response =
                viewer.post("/ngon-ngu", Map.of("_csrf", token, "language", "en", "next", "/tong-quan"));

        assertThat(response.status()).isEqualTo(303);
        assertThat(response.location()).isEqualTo("/tong-quan");
        assertThat(account("viewer").language()).isEqualTo("en");
        viewer.post("/ngon-ngu", Map.of("_csrf", token, "language", "vi"));
        assertThat(account("viewer").language()).isEqualTo("vi");
    }

    @Test
    void loginWithoutTheFormsTokenIsRefused() {
        WebClient client = server.anonymous();
        client.get("/dang-nhap");

        WebClient.Response response = client.post(
                "/dang-nhap",
                Map.of("_login", "khong-dung", "name", "viewer", "password", server.password(Role.VIEWER)));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).contains("Biểu mẫu đăng nhập đã hết hiệu lực");
        assertThat(client.cookie(Gatekeeper.SESSION_COOKIE)).isEmpty();
    }

    @Test
    void pagesAssetsAndErrorPagesCarryTheSecurityHeaders() {
        WebClient viewer = server.loggedIn(Role.VIEWER);
        Map<String, WebClient.Response> answers = new LinkedHashMap<>();
        answers.put("/tong-quan", viewer.get("/tong-quan"));
        answers.put("/assets/app.css", viewer.get("/assets/app.css"));
        answers.put("/khong-co-trang-nay", viewer.get("/khong-co-trang-nay"));
        answers.put("/dang-nhap", server.anonymous().get("/dang-nhap"));

        assertThat(answers.get("/tong-quan").status()).isEqualTo(200);
        assertThat(answers.get("/assets/app.css").status()).isEqualTo(200);
        assertThat(answers.get("/khong-co-trang-nay").status()).isEqualTo(404);
        answers.forEach((path, response) -> {
            String policy = response.header("Content-Security-Policy").orElse("");
            assertThat(policy)
                    .as(path)
                    .contains("default-src 'none'")
                    .contains("script-src 'self'")
                    .contains("style-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval")
                    .doesNotContain("*");
            assertThat(response.header("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.header("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(response.header("X-Frame-Options")).as(path).hasValue("DENY");
        });
        assertThat(answers.get("/tong-quan").header("Cache-Control")).hasValue("no-store");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndStrict() {
        WebClient.Response login = server.anonymous().login("viewer", server.password(Role.VIEWER));

        String cookie = sessionCookie(login);
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        assertThat(cookie).doesNotContainPattern("(?i);\\s*Secure(;|$)");
    }

    @Test
    void theSessionCookieIsSecureBehindTls() throws Exception {
        try (TestServer secure = TestServer.start(folder.resolve("secure"), SecurityIT::withSecureCookies)) {
            WebClient.Response login = secure.anonymous().login("viewer", secure.password(Role.VIEWER));

            assertThat(login.status()).isEqualTo(303);
            assertThat(sessionCookie(login))
                    .containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Strict")
                    .containsPattern("(?i);\\s*Secure(;|$)");
        }
    }

    @Test
    void sixWrongPasswordsThenTheRightOneIsThrottled() {
        server.server().dashboard().accounts().add("bi-chan", Role.VIEWER, "mat-khau-dung-2025".toCharArray());
        WebClient client = server.anonymous();
        for (int attempt = 1; attempt <= 6; attempt++) {
            WebClient.Response wrong = client.login("bi-chan", "mat-khau-sai-" + attempt);
            assertThat(wrong.status()).as("wrong password " + attempt).isIn(401, 429);
            if (attempt <= 5) {
                assertThat(wrong.status()).as("wrong password " + attempt).isEqualTo(401);
                assertThat(wrong.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
            }
        }

        WebClient.Response right = client.login("bi-chan", "mat-khau-dung-2025");

        assertThat(right.status()).isEqualTo(429);
        assertThat(right.body()).contains("Đăng nhập sai quá nhiều lần. Hãy thử lại sau");
        assertThat(client.cookie(Gatekeeper.SESSION_COOKIE)).isEmpty();
    }

    @Test
    void anIdleSessionExpiresAfterThirtyMinutes() {
        WebClient viewer = server.loggedIn(Role.VIEWER);
        String token = viewer.csrf();
        assertThat(viewer.get("/tong-quan?year=2024").status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(31));
        WebClient.Response page = viewer.get("/tong-quan?year=2024");
        WebClient.Response post = viewer.post("/ngon-ngu", Map.of("_csrf", token, "language", "en"));

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).isEqualTo("/dang-nhap?next=%2Ftong-quan%3Fyear%3D2024&expired=1");
        assertThat(post.status()).isEqualTo(401);
        assertThat(account("viewer").language()).isEqualTo("vi");
        WebClient.Response form = server.anonymous().get(page.location());
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Phiên làm việc đã hết hạn. Hãy đăng nhập lại.");
    }

    @Test
    void aSessionUsedWithinThirtyMinutesStaysOpen() {
        WebClient viewer = server.loggedIn(Role.VIEWER);
        for (int step = 0; step < 3; step++) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(viewer.get("/tong-quan").status())
                    .as("after " + (step + 1) * 20 + " minutes")
                    .isEqualTo(200);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "400 /tong-quan?nam=2024 Tham số không hợp lệ: \"nam\"",
                "404 /tong-quan?year=1999 Chưa có dữ liệu năm 1999",
                "404 /tong-quan?org=KHONG-CO-DON-VI Không có đơn vị mã \"KHONG-CO-DON-VI\"",
                "404 /khong-co-trang-nay Không có trang /khong-co-trang-nay",
                "400 /tong-quan?year=abc Giá trị \"abc\" của tham số \"year\" không hợp lệ",
                "404 /bieu-do/khong-co.svg Không có trang /bieu-do/khong-co.svg",
                "404 /don-vi/KHONG-CO-DON-VI Không có đơn vị mã \"KHONG-CO-DON-VI\"",
                "404 /canh-bao/khongco Không có cảnh báo \"khongco\"",
                "400 /canh-bao?year=abc Giá trị \"abc\" của tham số \"year\" không hợp lệ",
                "404 /canh-bao?year=1999 Chưa có dữ liệu năm 1999",
                "400 /don-vi?foo=1 Tham số không hợp lệ: \"foo\""
            })
    void badInputIsAVietnamesePageWithTheRightStatus(String example) {
        String[] parts = example.split(" ", 3);
        int status = Integer.parseInt(parts[0]);

        WebClient.Response response = server.loggedIn(Role.VIEWER).get(parts[1]);

        assertThat(response.status()).as(parts[1]).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(parts[1]).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        assertThat(response.body())
                .as(parts[1])
                .contains("<html lang=\"vi\">")
                .contains("Mã lỗi " + status)
                .contains(parts[2])
                .doesNotContain("Exception")
                .doesNotContain("at vn.")
                .doesNotContain("at io.javalin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "https://evil.example/", "/\\evil.example", "//evil.example/tong-quan"})
    void loginNeverRedirectsToAnotherSite(String next) {
        WebClient client = server.anonymous();

        WebClient.Response login = client.login("viewer", server.password(Role.VIEWER), next);
        WebClient.Response again = client.get("/dang-nhap?next=" + WebClient.encode(next));

        assertThat(login.status()).isEqualTo(303);
        assertThat(login.location()).isEqualTo("/tong-quan");
        assertThat(again.status()).isEqualTo(303);
        assertThat(again.location()).isEqualTo("/tong-quan");
    }

    @Test
    void loginReturnsToTheAskedPageOnThisServer() {
        WebClient client = server.anonymous();
        WebClient.Response asked = client.get("/tong-quan?year=2023");
        assertThat(asked.location()).isEqualTo("/dang-nhap?next=%2Ftong-quan%3Fyear%3D2023");

        WebClient.Response login = client.login("viewer", server.password(Role.VIEWER), "/tong-quan?year=2023");

        assertThat(login.location()).isEqualTo("/tong-quan?year=2023");
    }

    private Account account(String name) {
        return server.server().dashboard().accounts().find(name).orElseThrow();
    }

    private static String sessionCookie(WebClient.Response response) {
        return response.headerValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(Gatekeeper.SESSION_COOKIE + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private static ServerSettings withClock(ServerSettings settings, TestClock clock) {
        return new ServerSettings(
                settings.warehouse(),
                settings.host(),
                settings.port(),
                settings.uploads(),
                settings.maxUploadBytes(),
                settings.secureCookies(),
                clock);
    }

    private static ServerSettings withSecureCookies(ServerSettings settings) {
        return new ServerSettings(
                settings.warehouse(),
                settings.host(),
                settings.port(),
                settings.uploads(),
                settings.maxUploadBytes(),
                true,
                settings.clock());
    }
}
