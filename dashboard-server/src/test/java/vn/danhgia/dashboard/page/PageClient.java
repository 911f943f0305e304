package vn.danhgia.dashboard.page;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser stand-in for the page tests: one account's cookies, logged in through the real login form. */
final class PageClient {
    private static final Pattern LOGIN_TOKEN = Pattern.compile("name=\"_login\" value=\"([^\"]*)\"");
    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    private final String address;
    private final HttpClient http;

    private PageClient(String address) {
        this.address = address;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A client logged in as {@code name}; fails unless the login answers with a redirect. */
    static PageClient login(int port, String name, String password) throws IOException, InterruptedException {
        PageClient client = new PageClient("http://127.0.0.1:" + port);
        HttpResponse<String> form = client.get("/dang-nhap");
        Matcher token = LOGIN_TOKEN.matcher(form.body());
        if (!token.find()) {
            throw new IllegalStateException("no _login field on the login page: " + form.body());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_login", token.group(1));
        fields.put("name", name);
        fields.put("password", password);
        fields.put("next", "/tong-quan");
        HttpResponse<String> answer = client.post("/dang-nhap", fields);
        if (answer.statusCode() != 303) {
            throw new IllegalStateException("login of " + name + " answered " + answer.statusCode());
        }
        return client;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(address + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(address + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
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

    /** The CSRF token of a page's forms. */
    static String csrf(String html) {
        Matcher token = CSRF_TOKEN.matcher(html);
        if (!token.find()) {
            throw new IllegalStateException("no _csrf field on the page");
        }
        return token.group(1);
    }
}
