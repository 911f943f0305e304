package vn.danhgia.analytics.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.spark.launcher.JavaModuleOptions;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.etl.lake.SparkSessions;

/**
 * {@code bin/danhgia analyze --engine spark} on a real Spark standalone cluster: a master and one worker
 * (one core, 1 GiB) started as separate JVMs from the project's class path, on 127.0.0.1 only. The
 * sample files are loaded into a lake and analyzed on the cluster; the same files are loaded into a
 * DuckDB warehouse and analyzed there, and every mart table must come out the same, row by row. (Spark
 * in local mode equals DuckDB on a whole generated district: DeltaParityIT. A second Spark analysis
 * here, in local mode, cost a CI run about five minutes and showed nothing DuckDB does not.)
 */
class ClusterIT {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path BIN = ROOT.resolve("bin").resolve("danhgia");
    private static final Path SAMPLES = ROOT.resolve("core/src/test/resources/samples");
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path temp;

    static Process master;
    static Process worker;
    static final List<Process> started = new ArrayList<>();
    static int webUiPort;
    static String masterUrl;
    static Path workDir;
    static Run clusterRun;
    static Run duckdbRun;
    static Path warehouse;

    @BeforeAll
    static void loadOnceThenAnalyzeOnTheClusterAndLocally() throws Exception {
        long begin = System.nanoTime();
        Path lake1 = temp.resolve("L1");
        warehouse = temp.resolve("w.duckdb");
        // the load (the slow part) runs while the cluster starts
        Launched load = launch(
                "load",
                List.of(BIN.toString(), "load", SAMPLES.toString(), "--store", "delta", "--lake", lake1.toString()),
                Map.of());
        startCluster();
        log("cluster up (worker registered)", begin);

        Run loaded = load.await(Duration.ofMinutes(15));
        assertThat(loaded.exitCode()).as(loaded.describe()).isZero();
        log("load of the samples into L1", begin);

        long analyses = System.nanoTime();
        Launched onCluster = launch(
                "analyze-cluster",
                List.of(
                        BIN.toString(),
                        "analyze",
                        "--engine",
                        "spark",
                        "--lake",
                        lake1.toString(),
                        "--master",
                        masterUrl),
                Map.of(
                        "DANHGIA_JAVA_OPTS",
                        "-XX:TieredStopAtLevel=1 -Dspark.executor.memory=768m -Dspark.cores.max=1"));
        // the reference, meanwhile: the same files loaded and analyzed by DuckDB
        Run duckdbLoad = launch(
                        "load-duckdb",
                        List.of(BIN.toString(), "load", SAMPLES.toString(), "--warehouse", warehouse.toString()),
                        Map.of())
                .await(Duration.ofMinutes(5));
        duckdbRun = duckdbLoad.exitCode() != 0
                ? duckdbLoad
                : launch(
                                "analyze-duckdb",
                                List.of(BIN.toString(), "analyze", "--warehouse", warehouse.toString()),
                                Map.of())
                        .await(Duration.ofMinutes(5));
        log("load and analysis of the samples in DuckDB (concurrently)", analyses);
        clusterRun = onCluster.await(Duration.ofMinutes(15));
        log("analysis of L1 on the cluster", analyses);
    }

    @AfterAll
    static void stopTheCluster() {
        // the analyses and the load first (normally finished), then the worker, then the master
        for (int i = started.size() - 1; i >= 0; i--) {
            stopTree(started.get(i));
        }
        stopTree(worker);
        stopTree(master);
    }

    @Test
    void bothAnalysesSucceedAndEveryMartIsIdenticalRowByRow() throws Exception {
        // both outcomes in one message: a failure on the cluster alone is not the same bug as one on both
        assertThat(List.of(clusterRun.exitCode(), duckdbRun.exitCode()))
                .as("exit codes on the cluster, then DuckDB\n%s\n%s", clusterRun.describe(), duckdbRun.describe())
                .containsExactly(0, 0);

        List<String> marts = deltaTables(temp.resolve("L1/mart"));
        assertThat(marts).contains("findings", "detector_threshold").hasSizeGreaterThan(4);

        SparkSession spark = SparkSessions.fresh(Optional.of("local[2]"));
        Map<String, Integer> compared = new LinkedHashMap<>();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:" + warehouse, readOnly())) {
            assertThat(duckdbTables(duckdb, "mart")).containsExactlyInAnyOrderElementsOf(marts);
            for (String table : marts) {
                List<String> onCluster = TableContent.fromDelta(
                        spark, temp.resolve("L1/mart").resolve(table).toUri().toString(), Set.of());
                List<String> reference = TableContent.fromDuckdb(duckdb, "mart." + table, Set.of());
                assertThat(onCluster).as("mart." + table).containsExactlyElementsOf(reference);
                compared.put("mart." + table, reference.size());
            }
        }
        System.out.println("cluster: identical on the cluster and in DuckDB: " + compared);
        assertThat(compared.get("mart.findings")).isPositive();
    }

    @Test
    void theClusterRanTheAnalysis() throws Exception {
        assertThat(clusterRun.exitCode()).as(clusterRun.describe()).isZero();

        // the master records the application once its context stopped
        JsonNode[] state = new JsonNode[1];
        boolean completed = poll(Duration.ofSeconds(30), () -> {
            state[0] = masterState();
            return state[0] != null && names(state[0].path("completedapps")).contains("danhgia");
        });
        assertThat(completed).as("completed applications: %s", state[0]).isTrue();
        assertThat(names(state[0].path("activeapps"))).doesNotContain("danhgia");

        // and the worker ran its executor: app-*/<executor id>/stderr under the work dir
        List<Path> executorLogs;
        try (Stream<Path> files = Files.walk(workDir)) {
            executorLogs = files.filter(path -> path.getFileName().toString().equals("stderr"))
                    .filter(path -> path.getParent()
                            .getParent()
                            .getFileName()
                            .toString()
                            .startsWith("app-"))
                    .toList();
        }
        assertThat(executorLogs).isNotEmpty();
        String executorLog = Files.readString(executorLogs.get(0), StandardCharsets.UTF_8);
        assertThat(executorLog).contains("CoarseGrainedExecutorBackend");
    }

    // --- the cluster

    private static void startCluster() throws Exception {
        int port = freePort();
        webUiPort = freePort();
        masterUrl = "spark://127.0.0.1:" + port;
        Path sparkHome = Files.createDirectories(temp.resolve("spark-home"));
        // the worker builds its executors' command from SPARK_HOME/jars (none here: the application's class
        // path comes as spark.executor.extraClassPath) and needs the Scala version without a Spark build
        Files.createDirectories(sparkHome.resolve("jars"));
        workDir = Files.createDirectories(temp.resolve("spark-work"));

        master = daemon(
                "master",
                sparkHome,
                "org.apache.spark.deploy.master.Master",
                "--host",
                "127.0.0.1",
                "--port",
                String.valueOf(port),
                "--webui-port",
                String.valueOf(webUiPort));
        boolean up = poll(Duration.ofSeconds(90), () -> masterState() != null);
        assertThat(up)
                .as("master answered on its web UI: %s", tail(temp.resolve("master.err")))
                .isTrue();

        worker = daemon(
                "worker",
                sparkHome,
                "org.apache.spark.deploy.worker.Worker",
                "--host",
                "127.0.0.1",
                "--cores",
                "1",
                "--memory",
                "1g",
                "--webui-port",
                String.valueOf(freePort()),
                "--work-dir",
                workDir.toString(),
                masterUrl);
        boolean registered = poll(Duration.ofSeconds(90), () -> {
            JsonNode state = masterState();
            return state != null && state.path("aliveworkers").asInt() == 1;
        });
        assertThat(registered)
                .as("worker registered: %s", tail(temp.resolve("worker.err")))
                .isTrue();
    }

    private static Process daemon(String name, Path sparkHome, String mainClass, String... arguments)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(List.of(JavaModuleOptions.defaultModuleOptionArray()));
        command.add("-cp");
        command.add(analyticsClassPath());
        command.add(mainClass);
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(temp.toFile())
                .redirectOutput(temp.resolve(name + ".out").toFile())
                .redirectError(temp.resolve(name + ".err").toFile());
        sparkEnvironment(builder.environment());
        builder.environment().put("SPARK_HOME", sparkHome.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_WORKER_DIR", workDir.toString());
        return builder.start();
    }

    /** The class path bin/danhgia gives the analytics module: its jar, core's and etl's, then classpath.txt. */
    private static String analyticsClassPath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String module : List.of("analytics", "core", "etl")) {
            entries.add(moduleJar(module).toString());
        }
        entries.add(
                Files.readString(ROOT.resolve("analytics/target/classpath.txt")).strip());
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static Path moduleJar(String module) throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve(module).resolve("target"))) {
            return files.filter(path -> {
                        String name = path.getFileName().toString();
                        return name.startsWith("danhgia-" + module + "-")
                                && name.endsWith(".jar")
                                && !name.endsWith("-tests.jar")
                                && !name.endsWith("-sources.jar");
                    })
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar of module " + module + ": package it first"));
        }
    }

    private static JsonNode masterState() {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webUiPort + "/json/"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static List<String> names(JsonNode applications) {
        List<String> names = new ArrayList<>();
        applications.forEach(application -> names.add(application.path("name").asText()));
        return names;
    }

    // --- processes

    private static Launched launch(String name, List<String> command, Map<String, String> environment)
            throws IOException {
        Path out = temp.resolve(name + ".out");
        Path err = temp.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(Files.createDirectories(temp.resolve("cwd-" + name)).toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        sparkEnvironment(builder.environment());
        builder.environment().put("DANHGIA_LANG", "en");
        builder.environment().put("DANHGIA_PSEUDONYM_KEY", KEY);
        builder.environment().remove("DANHGIA_CONFIG");
        builder.environment().putAll(environment);
        Process process = builder.start();
        started.add(process);
        return new Launched(name, process, System.nanoTime(), out, err);
    }

    private static void sparkEnvironment(Map<String, String> environment) {
        environment.put("SPARK_LOCAL_IP", "127.0.0.1");
        environment.put("SPARK_LOCAL_HOSTNAME", "127.0.0.1");
        environment.put("JAVA_HOME", System.getProperty("java.home"));
    }

    private record Launched(String name, Process process, long startedAt, Path out, Path err) {
        Run await(Duration limit) throws Exception {
            boolean finished = process.waitFor(limit.toSeconds(), TimeUnit.SECONDS);
            if (!finished) {
                stopTree(process);
            }
            return new Run(
                    name,
                    finished ? process.exitValue() : -1,
                    (System.nanoTime() - startedAt) / 1e9,
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        }
    }

    private record Run(String name, int exitCode, double seconds, String stdout, String stderr) {
        String describe() {
            return name + " (exit " + exitCode + ", " + Math.round(seconds) + " s)\n--- stdout\n" + last(stdout)
                    + "\n--- stderr\n" + last(stderr);
        }
    }

    private static void stopTree(Process process) {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    // --- helpers

    private static List<String> deltaTables(Path schema) {
        try (Stream<Path> folders = Files.list(schema)) {
            return folders.filter(folder -> Files.isDirectory(folder.resolve("_delta_log")))
                    .map(folder -> folder.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> duckdbTables(Connection connection, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var statement = connection.prepareStatement(
                "select table_name from information_schema.tables where table_schema = ? order by 1")) {
            statement.setString(1, schema);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    private static java.util.Properties readOnly() {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("duckdb.read_only", "true");
        return properties;
    }

    private static boolean poll(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(500);
        }
        return condition.getAsBoolean();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path file) {
        try {
            return Files.exists(file) ? last(Files.readString(file, StandardCharsets.UTF_8)) : "(no " + file + ")";
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String last(String text) {
        return text.length() <= 6000 ? text : "..." + text.substring(text.length() - 6000);
    }

    private static void log(String what, long since) {
        System.out.printf("cluster: %s after %.1f s%n", what, (System.nanoTime() - since) / 1e9);
    }
}
