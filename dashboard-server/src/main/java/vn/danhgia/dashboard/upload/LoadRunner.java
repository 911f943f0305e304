package vn.danhgia.dashboard.upload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads an upload's folder into the warehouse and analyzes it, as a user would on the command line:
 * {@code bin/danhgia load FOLDER --warehouse W --json}, then {@code bin/danhgia analyze --warehouse W},
 * each as a child process (the dashboard never loads Spark or the loader's libraries). Both publish by
 * an atomic swap, which the running server's reader follows by itself. One run at a time (a second
 * upload is told to wait, not queued behind a long load), each step with a time limit. The children's
 * output is kept beside the files ({@code load.json}, {@code load.log}, {@code analyze.log}).
 */
public final class LoadRunner {
    private static final Logger LOG = LoggerFactory.getLogger(LoadRunner.class);
    /** A system property naming the installation (the folder holding bin/danhgia). */
    public static final String HOME_PROPERTY = "danhgia.home";

    /** A system property naming the mapping profiles folder for the children ({@code DANHGIA_PROFILES}). */
    public static final String PROFILES_PROPERTY = "danhgia.profiles";

    static final String PROFILES_VARIABLE = "DANHGIA_PROFILES";

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

    /** One file of the load's report (its {@code --json} output). */
    public record FileResult(
            String file,
            Optional<String> kind,
            Optional<Integer> year,
            Optional<String> unit,
            long rowsRead,
            long rowsLoaded,
            long rowsRejected,
            String status,
            Optional<String> message) {
        public FileResult {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(message, "message");
        }
    }

    /** A unit the load did not find in the registry. */
    public record Provisional(String code, String name) {}

    /** How a run ended: the load's per-file table and whether each step succeeded. */
    public record Run(
            Optional<String> loadId,
            List<FileResult> files,
            List<Provisional> provisional,
            Step load,
            Optional<Step> analyze) {
        public Run {
            Objects.requireNonNull(loadId, "loadId");
            files = List.copyOf(files);
            provisional = List.copyOf(provisional);
            Objects.requireNonNull(load, "load");
            Objects.requireNonNull(analyze, "analyze");
        }

        /** Loaded (even with some files failed, as the CLI's exit status says) and analyzed. */
        public boolean published() {
            return loadId.isPresent() && analyze.map(Step::succeeded).orElse(false);
        }
    }

    /** One child process: its exit status (empty when it was stopped at the time limit) and its last lines. */
    public record Step(Optional<Integer> exitCode, String outputTail) {
        public Step {
            Objects.requireNonNull(exitCode, "exitCode");
            Objects.requireNonNull(outputTail, "outputTail");
        }

        public boolean succeeded() {
            return exitCode.isPresent() && exitCode.get() == 0;
        }

        public boolean timedOut() {
            return exitCode.isEmpty();
        }
    }

    /** Another upload is being loaded. */
    public static final class Busy extends Exception {
        private static final long serialVersionUID = 1L;

        Busy() {
            super("another upload is being loaded", null, false, false);
        }
    }

    private final Path command;
    private final Path warehouse;
    private final Duration timeout;
    private final Map<String, String> environment;
    private final ReentrantLock lock = new ReentrantLock();
    private final ObjectMapper json = new ObjectMapper();

    public LoadRunner(Path command, Path warehouse, Duration timeout) {
        this(command, warehouse, timeout, childEnvironment());
    }

    /** With variables added to the server's environment for the children (the profiles folder, in tests). */
    public LoadRunner(Path command, Path warehouse, Duration timeout, Map<String, String> environment) {
        this.command = Objects.requireNonNull(command, "command");
        this.warehouse = Objects.requireNonNull(warehouse, "warehouse");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.environment = Map.copyOf(environment);
    }

    /**
     * What the children get beyond the server's own environment: {@code DANHGIA_PROFILES} from the system
     * property {@value #PROFILES_PROPERTY} when it is set (where {@code inspect --save} writes mapping
     * profiles and the load finds them, when no danhgia.yaml names the configuration folder).
     */
    public static Map<String, String> childEnvironment() {
        String profiles = System.getProperty(PROFILES_PROPERTY);
        return profiles == null || profiles.isBlank() ? Map.of() : Map.of(PROFILES_VARIABLE, profiles);
    }

    public Map<String, String> environment() {
        return environment;
    }

    /** bin/danhgia of this installation: {@code -Ddanhgia.home}, else found from where the server's classes are. */
    public static Path locateCommand() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().resolve("bin").resolve("danhgia");
        }
        try {
            // dashboard-server/target/classes or dashboard-server/target/danhgia-dashboard-server-….jar
            Path location = Path.of(LoadRunner.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return location.toAbsolutePath()
                    .getParent()
                    .getParent()
                    .getParent()
                    .resolve("bin")
                    .resolve("danhgia");
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("bin", "danhgia").toAbsolutePath();
        }
    }

    public Path command() {
        return command;
    }

    /** Whether a run is going on now. */
    public boolean busy() {
        return lock.isLocked();
    }

    /** Loads and analyzes {@code folder}; refuses with {@link Busy} while another run is going on. */
    public Run run(Path folder) throws Busy, IOException {
        if (!lock.tryLock()) {
            throw new Busy();
        }
        try {
            Path report = folder.resolve("load.json");
            Step load = start(
                    folder,
                    report,
                    folder.resolve("load.log"),
                    "load",
                    folder.toString(),
                    "--warehouse",
                    warehouse.toString(),
                    "--json");
            Run loaded = parse(report, load);
            if (loaded.loadId().isEmpty()) {
                LOG.warn("{}: load did not report (exit {}): {}", folder, load.exitCode(), load.outputTail());
                return loaded;
            }
            Path analyzeLog = folder.resolve("analyze.log");
            Step analyze = start(folder, analyzeLog, analyzeLog, "analyze", "--warehouse", warehouse.toString());
            LOG.info(
                    "{}: load {} exit {}, analyze exit {}",
                    folder,
                    loaded.loadId().get(),
                    load.exitCode(),
                    analyze.exitCode());
            return new Run(loaded.loadId(), loaded.files(), loaded.provisional(), load, Optional.of(analyze));
        } finally {
            lock.unlock();
        }
    }

    private Step start(Path folder, Path output, Path errors, String... arguments) throws IOException {
        List<String> line = new ArrayList<>();
        line.add(command.toString());
        line.addAll(List.of(arguments));
        Step step = ChildProcess.run(line, environment, output, errors, timeout);
        if (step.timedOut()) {
            LOG.warn("{}: {} stopped after {}", folder, arguments[0], timeout);
        }
        return step;
    }

    private Run parse(Path report, Step load) {
        JsonNode root;
        try {
            String text = Files.exists(report) ? Files.readString(report, StandardCharsets.UTF_8) : "";
            root = text.isBlank() ? null : json.readTree(text);
        } catch (IOException e) {
            root = null;
        }
        if (root == null || !root.hasNonNull("load_id")) {
            return new Run(Optional.empty(), List.of(), List.of(), load, Optional.empty());
        }
        List<FileResult> files = new ArrayList<>();
        for (JsonNode file : root.path("files")) {
            files.add(new FileResult(
                    file.path("file").asText(),
                    text(file, "kind"),
                    file.hasNonNull("year") ? Optional.of(file.get("year").asInt()) : Optional.empty(),
                    text(file, "unit"),
                    file.path("rows_read").asLong(),
                    file.path("rows_loaded").asLong(),
                    file.path("rows_rejected").asLong(),
                    file.path("status").asText("failed"),
                    text(file, "message")));
        }
        List<Provisional> provisional = new ArrayList<>();
        for (JsonNode unit : root.path("provisional_units")) {
            provisional.add(new Provisional(
                    unit.path("code").asText(), unit.path("name").asText()));
        }
        return new Run(Optional.of(root.get("load_id").asText()), files, provisional, load, Optional.empty());
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }
}
