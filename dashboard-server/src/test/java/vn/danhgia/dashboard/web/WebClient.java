package vn.danhgia.dashboard.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser's worth of HTTP against a test server: its own cookies (kept by hand, so a test sees and
 * controls exactly what is sent), redirects never followed (the tests assert them).
 */
public final class WebClient {
    private static final Pattern LOGIN_TOKEN = Pattern.compile("name=\"_login\" value=\"([^\"]+)\"");
    private static final String LOGIN_COOKIE = "danhgia_login";
    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public WebClient(int port) {
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.base = "http://127.0.0.1:" + port;
    }

    /** An answer: status, headers and body as text. */
    public record Response(int status, Map<String, List<String>> headers, String body) {
        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream())
                    .findFirst();
        }

        public List<String> headerValues(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream())
                    .toList();
        }

        public String location() {
            return header("Location").orElse("");
        }

        /** The gate's redirect to the login page (a logout's redirect to it is not one). */
        public boolean toLogin() {
            return status >= 300 && status < 400 && location().startsWith("/dang-nhap?next=");
        }

        @Override
        public String toString() {
            return status + (location().isEmpty() ? "" : " -> " + location());
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Response post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Logs in through the form; returns the login POST's answer (303 to the next page when it worked). */
    public Response login(String name, String password) {
        return login(name, password, "/tong-quan");
    }

    public Response login(String name, String password, String next) {
        Response form = get("/dang-nhap");
        return postLogin(find(LOGIN_TOKEN, form.body(), "the login form's _login field"), name, password, next);
    }

    /**
     * Logs in with a login form's token taken by another client (its cookie copied here): how a client
     * that is already logged in, and so is not shown the form, can still post one.
     */
    public Response loginWithFormOf(WebClient other, String name, String password) {
        Response form = other.get("/dang-nhap");
        String token = find(LOGIN_TOKEN, form.body(), "the login form's _login field");
        setCookie(LOGIN_COOKIE, other.cookie(LOGIN_COOKIE).orElseThrow());
        return postLogin(token, name, password, "/tong-quan");
    }

    private Response postLogin(String token, String name, String password, String next) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_login", token);
        fields.put("name", name);
        fields.put("password", password);
        fields.put("next", next);
        return post("/dang-nhap", fields);
    }

    /** The session's CSRF token, read from the overview's forms. */
    public String csrf() {
        Response page = get("/tong-quan");
        return find(CSRF_TOKEN, page.body(), "a _csrf field on /tong-quan (status " + page.status() + ")");
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    public String base() {
        return base;
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private Response send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(entry -> entry.getKey() + "=" + entry.getValue())
                            .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(
                    request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                remember(setCookie);
            }
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        if (equals < 0) {
            return;
        }
        String name = pair.substring(0, equals).strip();
        String value = pair.substring(equals + 1).strip();
        boolean expired = value.isEmpty() || setCookie.toLowerCase().matches(".*;\\s*max-age=0(;.*|$)");
        if (expired) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    static String find(Pattern pattern, String text, String what) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no " + what + " in:\n" + text);
        }
        return matcher.group(1);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
