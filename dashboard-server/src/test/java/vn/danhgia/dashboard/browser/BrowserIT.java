package vn.danhgia.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.danhgia.dashboard.auth.Role;
import vn.danhgia.dashboard.web.Access;
import vn.danhgia.dashboard.web.Gatekeeper;
import vn.danhgia.dashboard.web.TestServer;
import vn.danhgia.dashboard.web.WebClient;

/**
 * Every page in a real browser (Debian's headless Chromium), as each role: logged in through the form,
 * each page it may see is opened and checked for a 200, Vietnamese text, no console error (a Content
 * Security Policy violation is one), no request leaving the server, no serious or critical axe-core
 * finding, and the overview's charts drawn. A full-page screenshot of each lands in target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"]*)\"");

    /** A page to open: its name in screenshots, the route that serves it and how to find its address. */
    record PageToOpen(String name, String route, Optional<String> linkedFrom) {
        static PageToOpen at(String name, String route) {
            return new PageToOpen(name, route, Optional.empty());
        }

        static PageToOpen linked(String name, String route, String from) {
            return new PageToOpen(name, route, Optional.of(from));
        }
    }

    /** The pages, in reading order; those whose route is not on this branch yet are left out. */
    static final List<PageToOpen> PAGES = List.of(
            PageToOpen.at("tong-quan", "/tong-quan"),
            PageToOpen.at("canh-bao", "/canh-bao"),
            PageToOpen.linked("canh-bao-mot", "/canh-bao/{id}", "/canh-bao"),
            PageToOpen.at("don-vi", "/don-vi"),
            PageToOpen.linked("don-vi-mot", "/don-vi/{code}", "/tong-quan"),
            PageToOpen.at("khac-phuc", "/khac-phuc"),
            PageToOpen.at("so-sanh", "/so-sanh"),
            PageToOpen.at("du-lieu", "/du-lieu"),
            PageToOpen.at("truy-van", "/truy-van"),
            PageToOpen.at("so-phan-tich", "/so-phan-tich"),
            PageToOpen.linked("so-phan-tich-mot", "/so-phan-tich/{name}", "/so-phan-tich"),
            PageToOpen.at("nhat-ky", "/nhat-ky"),
            PageToOpen.at("danh-tinh", "/danh-tinh"),
            PageToOpen.at("tai-khoan", "/tai-khoan"));

    @TempDir
    static Path folder;

    private TestServer server;
    private String axe;
    private Map<String, Access> routes;

    @BeforeAll
    void start() throws IOException {
        assertThat(CHROMIUM)
                .as("Debian's chromium (apt-get install chromium chromium-driver)")
                .exists();
        assertThat(CHROMEDRIVER).as("Debian's chromium-driver").exists();
        server = TestServer.start(folder.resolve("server"));
        routes = new LinkedHashMap<>();
        for (var parsed : server.server().app().unsafe.internalRouter.allHttpHandlers()) {
            var roles = parsed.endpoint.metadata(io.javalin.security.Roles.class);
            if (parsed.endpoint.method == HandlerType.GET
                    && roles != null
                    && !roles.getRoles().isEmpty()) {
                routes.put(parsed.endpoint.path, (Access)
                        roles.getRoles().iterator().next());
            }
        }
        try (InputStream script = BrowserIT.class.getResourceAsStream("/axe/axe.min.js")) {
            assertThat(script).as("the vendored axe-core").isNotNull();
            axe = new String(script.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @TestFactory
    Stream<DynamicNode> everyPageAsEveryRole() {
        List<DynamicNode> roles = new ArrayList<>();
        roles.add(DynamicTest.dynamicTest("login page", this::checkLoginPage));
        for (Role role : Role.values()) {
            roles.add(DynamicTest.dynamicTest(role.code(), () -> checkRole(role)));
        }
        return roles.stream();
    }

    private void checkLoginPage() throws IOException {
        ChromeDriver driver = driver("login");
        try {
            driver.get(base() + "/dang-nhap");
            List<String> problems = new ArrayList<>();
            check(driver, "nobody", "dang-nhap", "Đăng nhập", problems);
            assertThat(problems).isEmpty();
        } finally {
            driver.quit();
        }
    }

    private void checkRole(Role role) throws IOException {
        ChromeDriver driver = driver(role.code());
        List<String> problems = new ArrayList<>();
        try {
            driver.get(base() + "/tong-quan");
            assertThat(driver.getCurrentUrl()).startsWith(base() + "/dang-nhap?next=");
            driver.findElement(By.id("name")).sendKeys(role.code());
            driver.findElement(By.id("password")).sendKeys(server.password(role));
            driver.findElement(By.cssSelector("form[action='/dang-nhap'] button[type=submit]"))
                    .click();
            // the click returns before the login's answer (a slow password hash) has navigated away
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlToBe(base() + "/tong-quan"));
            assertThat(driver.getCurrentUrl()).isEqualTo(base() + "/tong-quan");
            drainConsole(driver); // the login page was checked on its own

            Access granted = Gatekeeper.access(role);
            int opened = 0;
            for (PageToOpen page : PAGES) {
                Access required = routes.get(page.route());
                if (required == null || !required.allows(granted)) {
                    continue;
                }
                String address = address(page, role);
                driver.get(base() + address);
                check(driver, role.code(), page.name(), "Tổng quan", problems);
                if (page.name().equals("tong-quan")) {
                    long bars = (Long) driver.executeScript("return document.querySelectorAll('svg a.bar').length");
                    if (bars == 0) {
                        problems.add(role.code() + " " + address + ": no chart bar (svg a.bar) on the overview");
                    }
                }
                opened++;
            }
            assertThat(opened).as("pages opened as " + role.code()).isPositive();
        } finally {
            driver.quit();
        }
        assertThat(problems).as("problems as " + role.code()).isEmpty();
    }

    /**
     * The SQL console as an analyst uses it: the editor laid over the text area, the completion list of
     * a schema's tables after "core." and Ctrl-Space, a run by Ctrl-Enter and its result grid; each state
     * checked like every page (axe, console errors, no request leaving) and photographed.
     */
    @Test
    void theSqlConsoleCompletesNamesAndRunsFromTheKeyboard() throws IOException {
        ChromeDriver driver = driver("console");
        List<String> problems = new ArrayList<>();
        try {
            driver.get(base() + "/truy-van");
            driver.findElement(By.id("name")).sendKeys(Role.ANALYST.code());
            driver.findElement(By.id("password")).sendKeys(server.password(Role.ANALYST));
            driver.findElement(By.cssSelector("form[action='/dang-nhap'] button[type=submit]"))
                    .click();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.urlToBe(base() + "/truy-van"));
            drainConsole(driver);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
            wait.until(ExpectedConditions.attributeToBe(By.id("console-form"), "data-catalog-loaded", "true"));
            assertThat(driver.findElement(By.id("sql")).isDisplayed())
                    .as("the plain text area is replaced by the editor")
                    .isFalse();

            driver.findElement(By.cssSelector(".CodeMirror-lines")).click();
            WebElement input = driver.findElement(By.cssSelector(".CodeMirror textarea"));
            input.sendKeys("select * from core.");
            input.sendKeys(Keys.ESCAPE);
            new Actions(driver)
                    .keyDown(Keys.CONTROL)
                    .sendKeys(" ")
                    .keyUp(Keys.CONTROL)
                    .perform();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror-hints li")));
            List<String> hints = driver.findElements(By.cssSelector(".CodeMirror-hints li")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(hints).as("the tables of core offered").anyMatch(hint -> hint.contains("dim_unit"));
            assertThat(hints).as("only core's tables").noneMatch(hint -> hint.contains("findings"));
            screenshot(driver, SCREENSHOTS.resolve("analyst-truy-van-goi-y.png"));

            input.sendKeys(Keys.ESCAPE);
            driver.executeScript(
                    "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);",
                    "select u.unit_code, u.unit_name, u.unit_type, u.parent_code, count(r.person_key) as ratings\n"
                            + "from core.dim_unit u\n"
                            + "left join core.member_rating r on r.org_code = u.unit_code and r.year = 2024\n"
                            + "group by all\norder by ratings desc, u.unit_code");
            driver.findElement(By.cssSelector(".CodeMirror-lines")).click();
            new Actions(driver)
                    .keyDown(Keys.CONTROL)
                    .sendKeys(Keys.ENTER)
                    .keyUp(Keys.CONTROL)
                    .perform();
            wait.until(ExpectedConditions.urlMatches("/truy-van\\?run=\\d+"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.result-grid tbody tr")));
            assertThat(driver.findElements(By.cssSelector("table.result-grid tbody tr")))
                    .hasSize(100);
            check(driver, "analyst", "truy-van-ket-qua", "Truy vấn SQL", problems);
        } finally {
            driver.quit();
        }
        assertThat(problems).as("problems on the console").isEmpty();
    }

    /** The page's checks; what fails is added to {@code problems} so one run reports every page. */
    private void check(ChromeDriver driver, String who, String name, String vietnamese, List<String> problems)
            throws IOException {
        String where = who + " " + driver.getCurrentUrl();
        Object status = driver.executeScript(
                "var n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : null;");
        if (!(status instanceof Long code) || code != 200) {
            problems.add(where + ": status " + status + " — " + driver.getTitle());
        }
        String text = driver.findElement(By.tagName("body")).getText();
        if (!text.contains(vietnamese)) {
            problems.add(where + ": no \"" + vietnamese + "\" on the page");
        }
        if (text.contains("Exception") || text.contains("at vn.")) {
            problems.add(where + ": a stack trace on the page");
        }
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(function (r) { return r.name; });");
        for (String resource : resources) {
            if (!resource.startsWith(base() + "/")) {
                problems.add(where + ": a request left the server: " + resource);
            }
        }
        @SuppressWarnings("unchecked")
        List<String> overflowing =
                (List<String>) driver.executeScript("var width = document.documentElement.clientWidth; var out = [];"
                        + "document.querySelectorAll('header *, main > *, footer *').forEach(function (e) {"
                        + "  var box = e.getBoundingClientRect();"
                        + "  if (box.width > 0 && box.right > width + 1 && !e.closest('.table-wrap')) {"
                        + "    out.push(e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' right '"
                        + "      + Math.round(box.right) + 'px: ' + (e.textContent || '').trim().substring(0, 40)); } });"
                        + "return out.slice(0, 5);");
        if (!overflowing.isEmpty()) {
            problems.add(where + ": beyond the window's right edge ("
                    + driver.executeScript("return document.documentElement.clientWidth")
                    + "px): " + overflowing);
        }
        screenshot(driver, SCREENSHOTS.resolve(who + "-" + name + ".png"));
        problems.addAll(accessibility(driver, where));
        for (LogEntry entry : drainConsole(driver)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                problems.add(where + ": console error: " + entry.getMessage());
            }
        }
    }

    /** axe-core's serious and critical violations, each with its nodes. */
    private List<String> accessibility(ChromeDriver driver, String where) {
        driver.executeScript(axe);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations =
                (List<Map<String, Object>>) driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(function (result) {"
                        + "  done(result.violations.map(function (v) { return {id: v.id, impact: v.impact || '',"
                        + "    help: v.help, nodes: v.nodes.map(function (n) {"
                        + "      return n.target.join(' ') + ' ' + n.html.substring(0, 300); }) }; }));"
                        + "}).catch(function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e),"
                        + " nodes: []}]); });");
        List<String> found = new ArrayList<>();
        for (Map<String, Object> violation : violations) {
            String impact = String.valueOf(violation.get("impact"));
            if (impact.equals("serious") || impact.equals("critical")) {
                found.add(where + ": axe " + impact + " " + violation.get("id") + " (" + violation.get("help") + "): "
                        + violation.get("nodes"));
            }
        }
        return found;
    }

    /** The address of a page: its route, or for a route with parameters the first link to it on another page. */
    private String address(PageToOpen page, Role role) {
        if (page.linkedFrom().isEmpty()) {
            return page.route();
        }
        WebClient client = server.loggedIn(role);
        WebClient.Response from = client.get(page.linkedFrom().get());
        assertThat(from.status()).as(page.linkedFrom().get()).isEqualTo(200);
        Pattern route = Pattern.compile(page.route().replaceAll("\\{[^}]+}", "[^/?#\"]+"));
        Matcher link = LINK.matcher(from.body());
        while (link.find()) {
            String path = link.group(1).replace("&amp;", "&");
            String bare = path.split("[?#]", 2)[0];
            if (route.matcher(bare).matches()) {
                return path;
            }
        }
        throw new AssertionError(
                "no link to " + page.route() + " on " + page.linkedFrom().get());
    }

    private ChromeDriver driver(String who) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1366,900",
                "--lang=vi",
                "--user-data-dir=" + Files.createTempDirectory(folder, "chromium-" + who));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        // a driver service of its own: quitting a driver closes its service's client
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
        return driver;
    }

    private static List<LogEntry> drainConsole(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /** The whole page, not only the window: Chromium's DevTools capture beyond the viewport. */
    private static void screenshot(ChromeDriver driver, Path file) throws IOException {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = ((Number) size.get("height")).doubleValue();
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    private String base() {
        return "http://127.0.0.1:" + server.port();
    }
}
