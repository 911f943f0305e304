package vn.danhgia.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.Roles;
import io.javalin.security.RouteRole;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.dashboard.auth.Role;

/**
 * Walks the server's own route table: every route declares exactly one {@link Access}, and every route,
 * GET and POST, answers each kind of visitor (nobody, viewer, analyst, admin) as its role says. Routes
 * added later are covered without touching this test; a route with path parameters gets its sample
 * values from {@link #SAMPLES} or from a link on the pages, and fails loudly when neither has one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteTableIT {
    /** Sample addresses for routes with path parameters that no page links to. */
    static final Map<String, String> SAMPLES = Map.of("/bieu-do/{file}", "/bieu-do/member-levels.svg");

    /**
     * Form fields a POST route needs to do its work (besides _csrf); a route listed here must answer an
     * allowed visitor below 400. An unlisted POST gets only its _csrf.
     */
    static Map<String, Map<String, String>> postFields() {
        return Map.of(
                "/ngon-ngu", Map.of("language", "vi", "next", "/tong-quan"),
                "/danh-tinh", Map.of("key", WarehouseSamples.personKey(), "reason", "Kiểm thử bảng định tuyến"),
                "/truy-van", Map.of("sql", "select 1 as one", "action", "run"),
                "/truy-van/luu", Map.of("sql", "select 1 as one", "title", "Kiểm thử bảng định tuyến"));
    }

    private static final Pattern LINK = Pattern.compile("(?:href|src|action)=\"(/[^\"]*)\"");
    private static final int MAX_CRAWLED_PAGES = 200;

    @TempDir
    static Path folder;

    private TestServer server;
    private List<Route> routes;
    private final Map<Role, WebClient> clients = new EnumMap<>(Role.class);
    private final Map<Route, String> addresses = new LinkedHashMap<>();
    private Map<String, Map<String, String>> postFields;

    /** One entry of the route table. */
    record Route(HandlerType method, String path, Set<RouteRole> roles, ParsedEndpoint parsed) {
        boolean hasParameters() {
            return path.contains("{") || path.contains("<");
        }

        Access access() {
            return (Access) roles.iterator().next();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Who asks. */
    enum Visitor {
        NOBODY(Optional.empty()),
        VIEWER(Optional.of(Role.VIEWER)),
        ANALYST(Optional.of(Role.ANALYST)),
        ADMIN(Optional.of(Role.ADMIN));

        final Optional<Role> role;

        Visitor(Optional<Role> role) {
            this.role = role;
        }
    }

    @BeforeAll
    void start() throws Exception {
        postFields = postFields();
        server = TestServer.start(folder);
        routes = walk(server);
        for (Role role : Role.values()) {
            clients.put(role, server.loggedIn(role));
        }
        fillAddresses();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    static List<Route> walk(TestServer server) {
        List<Route> found = new ArrayList<>();
        for (ParsedEndpoint parsed : server.server().app().unsafe.internalRouter.allHttpHandlers()) {
            if (!parsed.endpoint.method.isHttpMethod()) {
                continue; // before/after handlers
            }
            Roles roles = parsed.endpoint.metadata(Roles.class);
            found.add(new Route(
                    parsed.endpoint.method,
                    parsed.endpoint.path,
                    roles == null ? Set.of() : Set.copyOf(roles.getRoles()),
                    parsed));
        }
        return found;
    }

    @Test
    void everyRouteDeclaresExactlyOneAccess() {
        List<String> undeclared = routes.stream()
                .filter(route ->
                        route.roles().size() != 1 || !(route.roles().iterator().next() instanceof Access))
                .map(route -> route + " " + route.roles())
                .toList();

        assertThat(undeclared).as("routes without exactly one declared Access").isEmpty();
    }

    @Test
    void theTableHoldsTheServersKnownRoutes() {
        assertThat(routes)
                .extracting(Route::toString)
                .contains(
                        "GET /dang-nhap",
                        "POST /dang-nhap",
                        "POST /dang-xuat",
                        "POST /ngon-ngu",
                        "GET /",
                        "GET /tong-quan",
                        "GET /bieu-do/{file}",
                        "GET /truy-van",
                        "POST /truy-van",
                        "GET /truy-van.csv",
                        "GET /truy-van.xlsx",
                        "GET /truy-van/danh-muc.json",
                        "POST /truy-van/luu",
                        "POST /truy-van/xoa",
                        "GET /so-phan-tich",
                        "GET /so-phan-tich/{name}",
                        "GET /bao-cao.pdf",
                        "GET /bao-cao.xlsx",
                        "GET /du-lieu/anh-xa-cot",
                        "POST /du-lieu/anh-xa-cot");
        assertThat(routes)
                .as("only GET and POST routes (this test knows no other method)")
                .allMatch(route -> route.method() == HandlerType.GET || route.method() == HandlerType.POST);
    }

    @Test
    void theSqlConsoleIsForAnalystsAndAdminsOnly() {
        List<Route> console = routes.stream()
                .filter(route -> route.path().startsWith("/truy-van"))
                .toList();
        assertThat(console).hasSize(7);
        assertThat(console)
                .allSatisfy(
                        route -> assertThat(route.access()).as(route.toString()).isEqualTo(Access.ANALYST));
    }

    @Test
    void theDataPagesAndTheColumnMappingAreForAnalystsAndAdminsOnly() {
        List<Route> data = routes.stream()
                .filter(route -> route.path().startsWith("/du-lieu"))
                .toList();
        assertThat(data)
                .extracting(Route::toString)
                .containsExactlyInAnyOrder(
                        "GET /du-lieu",
                        "POST /du-lieu/anh-xa",
                        "POST /du-lieu/bo-anh-xa",
                        "POST /du-lieu/tai-len",
                        "GET /du-lieu/anh-xa-cot",
                        "POST /du-lieu/anh-xa-cot");
        assertThat(data)
                .allSatisfy(
                        route -> assertThat(route.access()).as(route.toString()).isEqualTo(Access.ANALYST));
    }

    @TestFactory
    Stream<DynamicTest> everyRouteAnswersEveryVisitorAsItsAccessSays() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : routes) {
            for (Visitor visitor : Visitor.values()) {
                tests.add(DynamicTest.dynamicTest(route + " as " + visitor, () -> check(route, visitor)));
            }
        }
        return tests.stream();
    }

    private void check(Route route, Visitor visitor) {
        assertThat(route.roles()).as(route + " declares an Access").hasSize(1);
        String address = addresses.get(route);
        assertThat(address)
                .as(route + ": no sample address; add one to RouteTableIT.SAMPLES or link the route from a page")
                .isNotNull();
        Access access = route.access();
        boolean allowed =
                visitor.role.map(role -> access.allows(Gatekeeper.access(role))).orElse(access == Access.PUBLIC);
        WebClient.Response response =
                route.method() == HandlerType.GET ? get(address, visitor) : post(route, address, visitor);
        String what = route + " (" + address + ") as " + visitor + " [" + access + "] answered " + response;
        if (allowed) {
            assertThat(response.status()).as(what).isNotIn(401, 403).isLessThan(500);
            assertThat(response.toLogin()).as(what).isFalse();
            if (route.method() == HandlerType.POST && postFields.containsKey(route.path())) {
                assertThat(response.status())
                        .as(what + "\n" + excerpt(response.body()))
                        .isLessThan(400);
            }
            if (route.method() == HandlerType.GET) {
                assertThat(response.status() == 200 || (response.status() >= 300 && response.status() < 400))
                        .as(what + "\n" + excerpt(response.body()))
                        .isTrue();
            }
        } else if (visitor.role.isPresent()) {
            assertThat(response.status()).as(what).isEqualTo(403);
            assertThat(response.body()).as(what).contains("Không được phép");
        } else if (route.method() == HandlerType.GET) {
            assertThat(response.status()).as(what).isEqualTo(303);
            assertThat(response.location()).as(what).isEqualTo("/dang-nhap?next=" + WebClient.encode(address));
        } else {
            assertThat(response.status()).as(what).isEqualTo(401);
        }
    }

    private WebClient.Response get(String address, Visitor visitor) {
        WebClient client = visitor.role.map(clients::get).orElseGet(server::anonymous);
        return client.get(address);
    }

    /** Each POST from a client of its own (a logout must not end the session the GETs use). */
    private WebClient.Response post(Route route, String address, Visitor visitor) {
        if (route.path().equals("/dang-nhap")) {
            Role role = visitor.role.orElse(Role.VIEWER);
            if (visitor.role.isEmpty()) {
                return server.anonymous().login(role.code(), server.password(role));
            }
            return server.loggedIn(role).loginWithFormOf(server.anonymous(), role.code(), server.password(role));
        }
        Map<String, String> form = new LinkedHashMap<>(postFields.getOrDefault(route.path(), Map.of()));
        if (visitor.role.isEmpty()) {
            return server.anonymous().post(address, form);
        }
        WebClient client = server.loggedIn(visitor.role.get());
        form.put("_csrf", client.csrf());
        return client.post(address, form);
    }

    /** Routes without parameters are their own address; the others take a sample or a linked address. */
    private void fillAddresses() {
        for (Route route : routes) {
            if (SAMPLES.containsKey(route.path())) {
                String sample = SAMPLES.get(route.path());
                assertThat(route.parsed().matches(sample))
                        .as("SAMPLES' " + sample + " matches " + route)
                        .isTrue();
                addresses.put(route, sample);
            } else if (!route.hasParameters()) {
                addresses.put(route, route.path());
            }
        }
        crawl();
    }

    /** Follows the admin's links from every page without parameters until each route has an address. */
    private void crawl() {
        WebClient admin = clients.get(Role.ADMIN);
        Deque<String> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        for (Route route : routes) {
            if (route.method() == HandlerType.GET && !route.hasParameters()) {
                queue.add(route.path());
                seen.add(route.path());
            }
        }
        int fetched = 0;
        while (!queue.isEmpty() && fetched < MAX_CRAWLED_PAGES && !allFilled()) {
            String address = queue.poll();
            WebClient.Response response = admin.get(address);
            fetched++;
            if (response.status() != 200
                    || !response.header("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Matcher link = LINK.matcher(response.body());
            while (link.find()) {
                String path = link.group(1).replace("&amp;", "&").split("[?#]", 2)[0];
                if (path.startsWith("//") || !seen.add(path)) {
                    continue;
                }
                for (Route route : routes) {
                    if (route.hasParameters()
                            && !addresses.containsKey(route)
                            && route.parsed().matches(path)) {
                        addresses.put(route, path);
                    }
                }
                boolean newKind = routes.stream()
                        .filter(route -> route.method() == HandlerType.GET
                                && route.parsed().matches(path))
                        .anyMatch(route ->
                                route.hasParameters() && addresses.get(route).equals(path));
                if (newKind) {
                    queue.add(path);
                }
            }
        }
    }

    private boolean allFilled() {
        return routes.stream().allMatch(addresses::containsKey);
    }

    private static String excerpt(String body) {
        return body.length() > 2000 ? body.substring(0, 2000) + " …" : body;
    }
}
