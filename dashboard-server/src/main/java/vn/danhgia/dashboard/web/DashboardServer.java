package vn.danhgia.dashboard.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.danhgia.core.warehouse.WarehouseReader;
import vn.danhgia.dashboard.auth.Accounts;
import vn.danhgia.dashboard.auth.AppDatabase;
import vn.danhgia.dashboard.auth.AuditLog;
import vn.danhgia.dashboard.auth.Sessions;
import vn.danhgia.dashboard.auth.ThrottlePolicy;
import vn.danhgia.dashboard.auth.UnitMappings;

/**
 * A running dashboard: the published warehouse opened read-only, the application database beside it, and
 * the Javalin app listening. {@code serve}, the tests and the benchmark start it the same way.
 */
public final class DashboardServer implements AutoCloseable {
    private final Dashboard dashboard;
    private final Javalin app;

    private DashboardServer(Dashboard dashboard, Javalin app) {
        this.dashboard = dashboard;
        this.app = app;
    }

    /** Opens everything and starts listening on the settings' host and port (0: any free port). */
    public static DashboardServer start(ServerSettings settings) {
        Dashboard dashboard = open(settings);
        try {
            Javalin app = DashboardApp.create(dashboard).start(settings.host(), settings.port());
            return new DashboardServer(dashboard, app);
        } catch (RuntimeException e) {
            closeServices(dashboard);
            throw e;
        }
    }

    /** The services of a dashboard over a warehouse, not listening yet. */
    public static Dashboard open(ServerSettings settings) {
        WarehouseReader warehouse = new WarehouseReader(settings.warehouse());
        AppDatabase appDatabase = AppDatabase.openBesideWarehouse(settings.warehouse());
        try {
            Files.createDirectories(settings.uploads());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SnapshotCache cache = new SnapshotCache(warehouse);
        return new Dashboard(
                settings,
                warehouse,
                appDatabase,
                new Accounts(appDatabase, settings.clock(), ThrottlePolicy.DEFAULT),
                new Sessions(
                        appDatabase,
                        settings.clock(),
                        Sessions.DEFAULT_IDLE_TIMEOUT,
                        Sessions.DEFAULT_ABSOLUTE_TIMEOUT),
                new AuditLog(appDatabase, settings.clock()),
                new UnitMappings(appDatabase, settings.clock()),
                new Templates(),
                new SiteInfo(cache, settings.warehouse().getFileName().toString()),
                cache);
    }

    public Dashboard dashboard() {
        return dashboard;
    }

    public Javalin app() {
        return app;
    }

    public int port() {
        return app.port();
    }

    public String address() {
        String host = dashboard.settings().host();
        String shown = host.equals("0.0.0.0") || host.isEmpty() ? "127.0.0.1" : host;
        return "http://" + (shown.contains(":") ? "[" + shown + "]" : shown) + ":" + app.port() + "/";
    }

    public Path warehouse() {
        return dashboard.settings().warehouse();
    }

    @Override
    public void close() {
        app.stop();
        closeServices(dashboard);
    }

    private static void closeServices(Dashboard dashboard) {
        dashboard.warehouse().close();
        dashboard.appDatabase().close();
    }
}
