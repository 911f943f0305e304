package vn.danhgia.dashboard.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.danhgia.dashboard.DashboardFixture;
import vn.danhgia.dashboard.auth.Role;

/**
 * The real server over a private copy of the fixture warehouse, with one account per role (named after
 * the role) whose passwords the tests know.
 */
public final class TestServer implements AutoCloseable {
    private final DashboardServer server;
    private final Map<Role, String> passwords = new EnumMap<>(Role.class);

    private TestServer(DashboardServer server) {
        this.server = server;
        for (Role role : Role.values()) {
            String password = "mat-khau-" + role.code() + "-2025";
            server.dashboard().accounts().add(role.code(), role, password.toCharArray());
            passwords.put(role, password);
        }
    }

    public static TestServer start(Path folder) throws IOException {
        return start(folder, UnaryOperator.identity());
    }

    /** Starts with the default settings of a copy in {@code folder}, changed by {@code adjust}. */
    public static TestServer start(Path folder, UnaryOperator<ServerSettings> adjust) throws IOException {
        Path warehouse = DashboardFixture.copyTo(folder);
        return new TestServer(DashboardServer.start(adjust.apply(ServerSettings.of(warehouse, "127.0.0.1", 0))));
    }

    public DashboardServer server() {
        return server;
    }

    public int port() {
        return server.port();
    }

    public Path warehouse() {
        return server.warehouse();
    }

    public String password(Role role) {
        return passwords.get(role);
    }

    public WebClient anonymous() {
        return new WebClient(server.port());
    }

    /** A new client logged in as the role's account (fails unless the login redirected away from the form). */
    public WebClient loggedIn(Role role) {
        WebClient client = anonymous();
        WebClient.Response response = client.login(role.code(), password(role));
        if (response.status() != 303 || response.toLogin()) {
            throw new AssertionError("login as " + role.code() + " answered " + response + "\n" + response.body());
        }
        return client;
    }

    @Override
    public void close() {
        server.close();
    }
}
