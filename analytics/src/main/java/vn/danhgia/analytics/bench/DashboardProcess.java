package vn.danhgia.analytics.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;

/**
 * The dashboard server as a user starts it ({@code bin/danhgia serve}, a JVM of its own that never loads
 * Spark) on a free local port, with its output in a log file: ready once the login page answers 200. While
 * it runs, the server JVM's resident memory is sampled from {@code /proc}; closing stops the whole process
 * tree, whatever happened before.
 */
final class DashboardProcess implements AutoCloseable {
    private static final Messages MESSAGES = Messages.of("vn.danhgia.analytics.bench.messages");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final long SAMPLE_MILLIS = 200;
    private static final String LOGIN_PATH = "/dang-nhap";
    private static final String LOGIN_COOKIE = "danhgia_login";
    private static final String SESSION_COOKIE = "danhgia_session";
    private static final Pattern LOGIN_INPUT = Pattern.compile("<input[^>]*\\bname=\"_login\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Pattern KILOBYTES = Pattern.compile("(\\d+)\\s*kB");

    private final Process process;
    private final Path log;
    private final URI base;
    private final HttpClient http;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "serve-rss-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong sampledPeak = new AtomicLong();
    private ProcessHandle jvm;

    private DashboardProcess(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** {@code bin/danhgia user add NAME --role viewer --password-stdin}: an account for the benchmark. */
    static void addUser(Path launcher, Path warehouse, String name, String password, Path log)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        launcher.toString(),
                        "user",
                        "add",
                        name,
                        "--role",
                        "viewer",
                        "--password-stdin",
                        "--warehouse",
                        warehouse.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write((password + "\n").getBytes(StandardCharsets.UTF_8));
        }
        boolean finished = process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            stopTree(process);
        }
        if (!finished || process.exitValue() != 0) {
            throw new DanhgiaException(
                    ErrorCode.INTERNAL,
                    MESSAGES.format("bench.serve.userFailed", name, finished ? process.exitValue() : -1, tail(log)));
        }
    }

    /** Starts {@code bin/danhgia serve} and waits until the login page answers; stops it if it never does. */
    static DashboardProcess start(Path launcher, Path warehouse, Path log) throws IOException, InterruptedException {
        int port = freePort();
        Process process = new ProcessBuilder(
                        launcher.toString(),
                        "serve",
                        "--warehouse",
                        warehouse.toString(),
                        "--host",
                        "127.0.0.1",
                        "--port",
                        Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        DashboardProcess server = new DashboardProcess(process, log, URI.create("http://127.0.0.1:" + port));
        try {
            server.awaitReady();
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    URI base() {
        return base;
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new DanhgiaException(
                        ErrorCode.INTERNAL, MESSAGES.format("bench.serve.exited", process.exitValue(), tail(log)));
            }
            try {
                if (get(LOGIN_PATH, Optional.empty()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYetListening) {
                // the port opens when the server is ready: keep polling until the deadline
            }
            if (System.nanoTime() > deadline) {
                throw new DanhgiaException(
                        ErrorCode.INTERNAL,
                        MESSAGES.format("bench.serve.notReady", START_TIMEOUT.toSeconds(), tail(log)));
            }
            Thread.sleep(500);
        }
        // bin/danhgia runs java as its child: the JVM is the descendant whose command is java
        jvm = process.descendants()
                .filter(handle -> handle.info().command().orElse("").endsWith("/java"))
                .findFirst()
                .orElse(process.toHandle());
        sampler.scheduleAtFixedRate(
                () -> sampledPeak.accumulateAndGet(status("VmRSS"), Math::max),
                0,
                SAMPLE_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /**
     * Signs in as a user sends the login form: the form's token and its cookie, then the name and password;
     * returns the session cookie ({@code danhgia_session=...}) the server answers with.
     */
    String login(String name, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get(LOGIN_PATH, Optional.empty());
        Optional<String> loginCookie = cookie(form, LOGIN_COOKIE);
        Matcher input = LOGIN_INPUT.matcher(form.body());
        Optional<String> token = Optional.empty();
        if (input.find()) {
            Matcher value = VALUE.matcher(input.group());
            if (value.find()) {
                token = Optional.of(value.group(1));
            }
        }
        if (form.statusCode() != 200 || loginCookie.isEmpty() || token.isEmpty()) {
            throw new DanhgiaException(
                    ErrorCode.INTERNAL, MESSAGES.format("bench.serve.noLoginForm", base.resolve(LOGIN_PATH)));
        }
        String fields = "_login=" + encode(token.get()) + "&name=" + encode(name) + "&password=" + encode(password)
                + "&next=" + encode("/tong-quan");
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(base.resolve(LOGIN_PATH))
                        .timeout(REQUEST_TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", LOGIN_COOKIE + "=" + loginCookie.get())
                        .POST(HttpRequest.BodyPublishers.ofString(fields, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Optional<String> session = cookie(answer, SESSION_COOKIE);
        if (answer.statusCode() != 303 || session.isEmpty()) {
            throw new DanhgiaException(
                    ErrorCode.INTERNAL,
                    MESSAGES.format(
                            "bench.serve.loginFailed",
                            name,
                            answer.statusCode(),
                            answer.headers().firstValue("Location").orElse("-")));
        }
        return SESSION_COOKIE + "=" + session.get();
    }

    /** The page answers 200 to this session: a redirect to the login page means the cookie did not work. */
    void requireOk(String path, String cookie) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path, Optional.of(cookie));
        if (response.statusCode() != 200) {
            throw new DanhgiaException(
                    ErrorCode.INTERNAL,
                    MESSAGES.format(
                            "bench.serve.notOk",
                            base.resolve(path),
                            response.statusCode(),
                            response.headers().firstValue("Location").orElse("-")));
        }
    }

    /** The server JVM's peak resident memory: the kernel's high-water mark, or the highest sample. */
    long peakRssBytes() {
        return Math.max(sampledPeak.get(), status("VmHWM"));
    }

    /** A memory line of {@code /proc/PID/status} in bytes, 0 once the process is gone. */
    private long status(String field) {
        if (jvm == null) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(jvm.pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    Matcher kilobytes = KILOBYTES.matcher(line);
                    return kilobytes.find() ? Long.parseLong(kilobytes.group(1)) * 1024 : 0;
                }
            }
        } catch (IOException gone) {
            // the process ended between two samples: nothing more to read
        }
        return 0;
    }

    private HttpResponse<String> get(String path, Optional<String> cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(REQUEST_TIMEOUT)
                .GET();
        cookie.ifPresent(value -> request.header("Cookie", value));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Optional<String> cookie(HttpResponse<?> response, String name) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0].strip();
            if (pair.startsWith(name + "=") && pair.length() > name.length() + 1) {
                return Optional.of(pair.substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The last lines of a log, for an error message. */
    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(" + log + ": " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        stopTree(process);
    }

    /** The launcher's shell and the JVM under it: asked to stop, then killed if still there after 10 s. */
    private static void stopTree(Process process) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                handle.destroyForcibly();
            }
        }
    }
}
