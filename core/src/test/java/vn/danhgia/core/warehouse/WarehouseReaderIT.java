package vn.danhgia.core.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

/**
 * The reader against versions published by {@link WarehouseSnapshot} in this JVM: it names the version
 * each read came from, the same one until a publish and a new one after, and a read in flight finishes
 * on the version it started with. (etl's ReadDuringLoadIT runs real loads in another process.)
 */
class WarehouseReaderIT {
    @TempDir
    Path folder;

    @Test
    void reportsTheSameVersionUntilAPublishAndANewOneAfter() throws Exception {
        Path file = folder.resolve("w.duckdb");
        publish(file, "one", "create table answer as select 1 as value");

        try (WarehouseReader reader = new WarehouseReader(file)) {
            Read first = reader.read((connection, version) -> new Read(version, value(connection)));
            Read again = reader.read((connection, version) -> new Read(version, value(connection)));
            SnapshotVersion shown = reader.current();

            publish(file, "two", "update answer set value = 2");
            Read after = reader.read((connection, version) -> new Read(version, value(connection)));

            assertThat(first.value()).isEqualTo(1);
            assertThat(again).isEqualTo(first);
            assertThat(shown).isEqualTo(first.version());
            assertThat(after.value()).isEqualTo(2);
            assertThat(after.version()).isNotEqualTo(first.version());
            assertThat(after.version().id()).isNotEqualTo(first.version().id());
            assertThat(reader.current()).isEqualTo(after.version());
            assertThat(after.version().publishedAt())
                    .isEqualTo(Files.getLastModifiedTime(file).toInstant())
                    .isAfterOrEqualTo(first.version().publishedAt().truncatedTo(ChronoUnit.MILLIS));
            assertThat(reader.versionsOpened()).isEqualTo(2);
            // the plain read is the same read, without the version
            assertThat(reader.read(WarehouseReaderIT::value)).isEqualTo(2);
        }
    }

    @Test
    void aReadInFlightFinishesOnTheVersionItStartedWith() throws Exception {
        Path file = folder.resolve("w.duckdb");
        publish(file, "one", "create table answer as select 1 as value");

        try (WarehouseReader reader = new WarehouseReader(file)) {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch published = new CountDownLatch(1);
            CompletableFuture<Read> inFlight =
                    CompletableFuture.supplyAsync(() -> reader.read((connection, version) -> {
                        started.countDown();
                        await(published);
                        return new Read(version, value(connection));
                    }));
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

            publish(file, "two", "update answer set value = 2");
            Read newer = reader.read((connection, version) -> new Read(version, value(connection)));
            published.countDown();
            Read older = inFlight.get(30, TimeUnit.SECONDS);

            assertThat(older.value()).isEqualTo(1);
            assertThat(newer.value()).isEqualTo(2);
            assertThat(older.version()).isNotEqualTo(newer.version());
            assertThat(reader.versionsOpened()).isEqualTo(2);
            // the old version was closed after its last read: reading goes on from the new one
            assertThat(reader.read(WarehouseReaderIT::value)).isEqualTo(2);
        }
    }

    @Test
    void aMissingFileSaysToLoadFirst() {
        try (WarehouseReader reader = new WarehouseReader(folder.resolve("none.duckdb"))) {
            assertThatThrownBy(() -> reader.read(WarehouseReaderIT::value))
                    .isInstanceOfSatisfying(DanhgiaException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.WAREHOUSE_UNAVAILABLE);
                        assertThat(e.getMessage())
                                .contains(folder.resolve("none.duckdb").toString());
                    });
            assertThatThrownBy(reader::current).isInstanceOf(DanhgiaException.class);
        }
    }

    private record Read(SnapshotVersion version, int value) {}

    private static void publish(Path file, String loadId, String sql) throws SQLException {
        try (WarehouseSnapshot snapshot = WarehouseSnapshot.begin(file, loadId)) {
            try (Statement statement = snapshot.connection().createStatement()) {
                statement.execute(sql);
            }
            snapshot.publish();
        }
    }

    private static int value(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select value from answer")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
