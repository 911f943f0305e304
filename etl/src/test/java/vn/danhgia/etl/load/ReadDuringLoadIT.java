package vn.danhgia.etl.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.testing.Samples;
import vn.danhgia.core.warehouse.WarehouseReader;

/**
 * The dashboard's reader against real loads run by bin/danhgia in another process: it keeps answering
 * from the published version while a load builds the next one, never sees a mix of the two, and reads
 * the new version once it is published.
 */
class ReadDuringLoadIT {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path temp;

    @Test
    void keepsAnsweringDuringALoadAndPicksUpTheNewVersion() throws Exception {
        Path warehouse = temp.resolve("w.duckdb");
        load(warehouse, Samples.file("2024", "so theo doi ky luat 2024.csv"));

        try (WarehouseReader reader = new WarehouseReader(warehouse)) {
            String before = snapshot(reader);
            List<String> seen = Collections.synchronizedList(new ArrayList<>());
            List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean loading = new AtomicBoolean(true);
            Thread dashboard = new Thread(() -> {
                while (loading.get()) {
                    try {
                        seen.add(snapshot(reader));
                    } catch (RuntimeException e) {
                        errors.add(e);
                    }
                }
            });
            dashboard.start();
            try {
                load(warehouse, Samples.directory());
            } finally {
                loading.set(false);
                dashboard.join();
            }
            String after = snapshot(reader);

            assertThat(errors).isEmpty();
            assertThat(seen).isNotEmpty();
            assertThat(after).isNotEqualTo(before);
            // every answer came whole from one version: the old one, or (after the swap) the new one
            Set<String> distinct = new LinkedHashSet<>(seen);
            assertThat(after).startsWith("files=");
            assertThat(distinct).isSubsetOf(Set.of(before, after));
            assertThat(reader.versionsOpened()).isEqualTo(2);
        }
    }

    /** Two tables read in one request: load_log and core must agree when a version is read whole. */
    private static String snapshot(WarehouseReader reader) {
        return reader.read(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select (select count(*) from meta.load_log),"
                            + " (select count(*) from core.discipline), (select count(*) from core.member_rating)")) {
                rows.next();
                return "files=" + rows.getLong(1) + " discipline=" + rows.getLong(2) + " members=" + rows.getLong(3);
            }
        });
    }

    private static void load(Path warehouse, Path what) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        ROOT.resolve("bin/danhgia").toString(),
                        "load",
                        what.toString(),
                        "--warehouse",
                        warehouse.toString())
                .directory(ROOT.toFile());
        builder.environment().put("DANHGIA_PSEUDONYM_KEY", KEY);
        Path output = Files.createTempFile("danhgia-load", ".txt");
        try {
            Process process = builder.redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            assertThat(process.waitFor(180, TimeUnit.SECONDS))
                    .as("load finished")
                    .isTrue();
            assertThat(process.exitValue())
                    .as(Files.readString(output, StandardCharsets.UTF_8))
                    .isIn(0, 1);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
