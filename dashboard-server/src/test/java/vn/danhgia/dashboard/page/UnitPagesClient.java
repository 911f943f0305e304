package vn.danhgia.dashboard.page;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danhgia.dashboard.auth.Role;
import vn.danhgia.dashboard.web.DashboardServer;

/**
 * A browser without a browser for the unit and remediation pages' tests: logs in through the real login
 * form (its hidden {@code _login} field and cookie), then GETs pages with the session cookie. Also runs
 * SQL on a second copy of the same warehouse, to compare the pages' numbers with.
 */
final class UnitPagesClient {
    static final String PASSWORD = "correct-horse-battery-42";
    private static final Pattern LOGIN_TOKEN = Pattern.compile("name=\"_login\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String address;

    private UnitPagesClient(String address) {
        this.address = address;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Adds the account (if new) and logs it in. */
    static UnitPagesClient login(DashboardServer server, String name, Role role)
            throws IOException, InterruptedException {
        if (server.dashboard().accounts().find(name).isEmpty()) {
            server.dashboard().accounts().add(name, role, PASSWORD.toCharArray());
        }
        UnitPagesClient client = new UnitPagesClient("http://127.0.0.1:" + server.port());
        String form = client.get("/dang-nhap").body();
        Matcher token = LOGIN_TOKEN.matcher(form);
        if (!token.find()) {
            throw new IllegalStateException("the login form has no _login field");
        }
        String body = "_login=" + encode(token.group(1)) + "&name=" + encode(name) + "&password=" + encode(PASSWORD)
                + "&next=" + encode("/tong-quan");
        HttpResponse<String> answer = client.http.send(
                HttpRequest.newBuilder(URI.create(client.address + "/dang-nhap"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() != 303) {
            throw new IllegalStateException("login of " + name + " answered " + answer.statusCode());
        }
        return client;
    }

    /** A client without a session. */
    static UnitPagesClient anonymous(DashboardServer server) {
        return new UnitPagesClient("http://127.0.0.1:" + server.port());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(address + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(address + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Every first group of {@code pattern} in {@code text}, in order. */
    static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** Rows of a query on a read-only connection to {@code warehouse}, each row as its columns' strings. */
    static List<List<String>> sql(Path warehouse, String sql, Object... parameters) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + warehouse, readOnly);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int index = 0; index < parameters.length; index++) {
                statement.setObject(index + 1, parameters[index]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int column = 1; column <= columns; column++) {
                        row.add(result.getString(column));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
