package vn.danhgia.dashboard.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.danhgia.core.cli.Cli;
import vn.danhgia.core.cli.WarehouseOption;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.dashboard.auth.Accounts;
import vn.danhgia.dashboard.auth.Role;
import vn.danhgia.dashboard.web.DashboardServer;
import vn.danhgia.dashboard.web.ServerSettings;

/** {@code danhgia serve}: the dashboard, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true)
public final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
    static final Messages MESSAGES = Messages.of("vn.danhgia.dashboard.cli.messages");

    /** The trial accounts {@code --demo-accounts} makes, one per role. */
    static final List<Role> DEMO_ROLES = List.of(Role.VIEWER, Role.ANALYST, Role.ADMIN);

    @Mixin
    WarehouseOption warehouse;

    @Option(names = "--host", defaultValue = "127.0.0.1", descriptionKey = "serve.option.host")
    String host;

    @Option(names = "--port", defaultValue = "7070", descriptionKey = "serve.option.port")
    int port;

    @Option(names = "--uploads", paramLabel = "DIR", descriptionKey = "serve.option.uploads")
    Path uploads;

    @Option(names = "--max-upload-mb", defaultValue = "20", descriptionKey = "serve.option.maxUpload")
    int maxUploadMegabytes;

    @Option(names = "--secure-cookies", descriptionKey = "serve.option.secureCookies")
    boolean secureCookies;

    @Option(names = "--demo-accounts", descriptionKey = "serve.option.demoAccounts")
    boolean demoAccounts;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        Path file = warehouse.warehouse().toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new DanhgiaException(
                    ErrorCode.WAREHOUSE_UNAVAILABLE, MESSAGES.format("serve.noWarehouse", warehouse.warehouse()));
        }
        if (maxUploadMegabytes <= 0) {
            throw new DanhgiaException(
                    ErrorCode.INVALID_USAGE, MESSAGES.format("serve.badMaxUpload", maxUploadMegabytes));
        }
        ServerSettings settings = new ServerSettings(
                file,
                host,
                port,
                uploads != null ? uploads : file.resolveSibling("uploads"),
                maxUploadMegabytes * 1024L * 1024L,
                secureCookies,
                Clock.systemDefaultZone());
        DashboardServer server;
        try {
            server = DashboardServer.start(settings);
        } catch (RuntimeException e) {
            if (e instanceof DanhgiaException) {
                throw e;
            }
            throw new DanhgiaException(
                    ErrorCode.INVALID_USAGE, MESSAGES.format("serve.portBusy", port, host, rootMessage(e)), null, e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            out.println(MESSAGES.format("serve.stopping"));
                            server.close();
                            stopped.countDown();
                        },
                        "danhgia-serve-stop"));
        out.println(MESSAGES.format("serve.ready", server.address(), file));
        if (demoAccounts) {
            printDemoAccounts(out, server);
        }
        LOG.info("{}: serving at {}", file, server.address());
        stopped.await();
        return Cli.EXIT_OK;
    }

    /** Creates or resets one account per role with a new password, printed this once. */
    private static void printDemoAccounts(PrintWriter out, DashboardServer server) {
        Accounts accounts = server.dashboard().accounts();
        out.println(MESSAGES.format("serve.open", server.address()));
        out.println(MESSAGES.format("serve.accounts"));
        for (Role role : DEMO_ROLES) {
            String name = role.code();
            char[] password = Accounts.generatePassword().toCharArray();
            if (accounts.find(name).isPresent()) {
                accounts.changePassword(name, password);
                accounts.changeRole(name, role);
                accounts.enable(name);
            } else {
                accounts.add(name, role, password);
            }
            out.println(MESSAGES.format("serve.account", name, role.label(Messages.locale()), new String(password)));
        }
        out.flush();
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
