package vn.danhgia.dashboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.danhgia.core.warehouse.AnalystSnapshot;

/**
 * A generated district, loaded and analyzed by bin/danhgia as a user would, shared by the dashboard's
 * integration tests. The dashboard module is the last of the reactor, so by its integration tests the
 * generator's and the loader's jars exist; the warehouse is built once into target/fixture and reused
 * by later runs of the same seed. Each test works on its own copy (the application database lives
 * beside the warehouse).
 */
public final class DashboardFixture {
    public static final long SEED = 7;
    public static final String YEARS = "2021-2025";

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path FOLDER = Path.of("target", "fixture").toAbsolutePath();
    private static final Path WAREHOUSE = FOLDER.resolve("warehouse.duckdb");
    private static final Path MARKER = FOLDER.resolve("fixture.txt");

    private DashboardFixture() {}

    /** The shared analyzed warehouse (read it, never write it: copy it with {@link #copyTo}). */
    public static synchronized Path warehouse() {
        String marker = "seed=" + SEED + " years=" + YEARS;
        try {
            if (Files.exists(WAREHOUSE)
                    && Files.exists(AnalystSnapshot.fileOf(WAREHOUSE))
                    && Files.exists(MARKER)
                    && Files.readString(MARKER).equals(marker)) {
                return WAREHOUSE;
            }
            Files.createDirectories(FOLDER);
            Files.deleteIfExists(MARKER);
            Path data = FOLDER.resolve("demo");
            if (!Files.exists(data.resolve("manifest.json"))) {
                // what a killed run left (no manifest: the generator writes it last)
                deleteTree(data);
                run(
                        "generate",
                        "--scale",
                        "district",
                        "--seed",
                        String.valueOf(SEED),
                        "--years",
                        YEARS,
                        "--out",
                        data.toString());
            }
            run("load", data.toString(), "--warehouse", WAREHOUSE.toString());
            run("analyze", "--warehouse", WAREHOUSE.toString());
            Files.writeString(MARKER, marker);
            return WAREHOUSE;
        } catch (IOException e) {
            throw new IllegalStateException("cannot build the dashboard's test warehouse in " + FOLDER, e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The generated files the fixture was loaded from (with its truth/ folder). */
    public static Path generatedFiles() {
        warehouse();
        return FOLDER.resolve("demo");
    }

    /** A copy of the shared warehouse (and its analysts' copy) in {@code folder}, for one test to serve, publish over or write beside. */
    public static Path copyTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path copy = folder.resolve("warehouse.duckdb");
        Files.copy(warehouse(), copy, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(
                AnalystSnapshot.fileOf(warehouse()), AnalystSnapshot.fileOf(copy), StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    /** Runs bin/danhgia with arguments; fails with its output when it does not exit 0. */
    public static String run(String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("bin").resolve("danhgia").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("bin/danhgia " + String.join(" ", arguments) + " did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    "bin/danhgia " + String.join(" ", arguments) + " exited " + process.exitValue() + ":\n" + output);
        }
        return output;
    }
}
