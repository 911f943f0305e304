package vn.danhgia.etl.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danhgia.core.rules.RuleBook;
import vn.danhgia.core.testing.Samples;
import vn.danhgia.etl.read.ReadHints;

/**
 * A load killed with SIGKILL in a separate process, at several moments, leaves the published warehouse
 * readable and whole: exactly the previous version, or (killed after the rename) exactly the new one.
 * The next load removes the leftover and publishes normally.
 */
class LoadKillIT {
    private static final byte[] KEY = new byte[32];
    private static final int MEMBERS = 150_000;

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(ints = {0, 1500, 4000, 8000})
    void aKilledLoadLeavesThePreviousWarehouseIntact(int delayMillis) throws Exception {
        Path warehouse = temp.resolve("w.duckdb");
        new Loader(Clock.systemUTC(), RuleBook.defaults())
                .load(
                        new Loader.Request(List.of(Samples.directory()), warehouse, ReadHints.none(), false),
                        PseudonymKey.of(KEY),
                        LoadProgress.NONE);
        Map<String, String> before = LoaderIT.checksums(warehouse);
        Path big = bigMemberList(temp.resolve("big"));

        Process load = startLoad(big, warehouse);
        waitForBuildingFile(warehouse, load);
        Thread.sleep(delayMillis);
        load.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no cleanup
        assertThat(load.waitFor(30, TimeUnit.SECONDS)).isTrue();

        // Killed before the rename: exactly the previous warehouse. After it: exactly the new one.
        List<String> members = LoaderIT.query(warehouse, "select count(*) from core.member_rating");
        if (members.equals(List.of("112"))) {
            assertThat(LoaderIT.checksums(warehouse)).isEqualTo(before);
        } else {
            assertThat(members).containsExactly(String.valueOf(112 + MEMBERS));
            assertThat(LoaderIT.query(warehouse, "select count(*) from meta.load_log where status = 'loaded'"))
                    .containsExactly("10");
        }

        LoadReport next = new Loader(Clock.systemUTC(), RuleBook.defaults())
                .load(
                        new Loader.Request(List.of(Samples.directory()), warehouse, ReadHints.none(), false),
                        PseudonymKey.of(KEY),
                        LoadProgress.NONE);
        assertThat(next.exitCode()).isZero();
        assertThat(leftovers(warehouse)).isEmpty();
    }

    @Test
    void aSecondLoadWaitsForNoOneAndSaysTheWarehouseIsBusy() throws Exception {
        Path warehouse = temp.resolve("w.duckdb");
        Path big = bigMemberList(temp.resolve("big"));
        Process load = startLoad(big, warehouse);
        try {
            waitForBuildingFile(warehouse, load);
            assertThat(org.assertj.core.api.Assertions.catchThrowable(
                            () -> new Loader(Clock.systemUTC(), RuleBook.defaults())
                                    .load(
                                            new Loader.Request(
                                                    List.of(Samples.directory()), warehouse, ReadHints.none(), false),
                                            PseudonymKey.of(KEY),
                                            LoadProgress.NONE)))
                    .hasMessageContaining("đang được một lần nạp khác ghi");
        } finally {
            load.destroyForcibly();
            load.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process startLoad(Path input, Path warehouse) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "vn.danhgia.etl.cli.EtlMain",
                        "load",
                        input.toString(),
                        "--warehouse",
                        warehouse.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment()
                .put(PseudonymKey.ENVIRONMENT_VARIABLE, Base64.getEncoder().encodeToString(KEY));
        return builder.start();
    }

    private static void waitForBuildingFile(Path warehouse, Process load) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (leftovers(warehouse).isEmpty()) {
            assertThat(load.isAlive()).as("the load is still running").isTrue();
            assertThat(System.nanoTime()).as("the load started building").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static List<Path> leftovers(Path warehouse) throws Exception {
        try (Stream<Path> files = Files.list(warehouse.toAbsolutePath().getParent())) {
            return files.filter(file -> file.getFileName().toString().startsWith("w.duckdb.building-"))
                    .toList();
        }
    }

    /** A member list big enough that reading and transforming it takes a few seconds. */
    private static Path bigMemberList(Path folder) throws Exception {
        Files.createDirectories(folder);
        Path file = folder.resolve("DS xep loai dang vien 2024 - Dang uy xa Bac Son.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("STT,Họ và tên,Năm sinh,Số thẻ đảng viên,Chi bộ,Tự xếp loại,Chi bộ đề nghị,Đảng ủy quyết định\n");
            for (int i = 1; i <= MEMBERS; i++) {
                out.write(i + ",Nguyễn Văn Số " + i + "," + (1950 + i % 50) + "," + String.format("%08d", 2_000_000 + i)
                        + ",Chi bộ thôn " + (i % 40) + ",HTTNV,Hoàn thành tốt nhiệm vụ,HT tốt NV\n");
            }
        }
        return folder;
    }
}
