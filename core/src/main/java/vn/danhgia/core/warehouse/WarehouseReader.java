package vn.danhgia.core.warehouse;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;

/**
 * A read-only view of the published DuckDB warehouse, following its atomic swaps: the dashboard's, and
 * any command's that reads while loads may run.
 *
 * <p>{@code danhgia load} and {@code analyze} build a new file beside the published one and rename it
 * into place ({@link WarehouseSnapshot}). An open DuckDB instance keeps reading the file it opened (on
 * POSIX the old inode lives while it is open), so requests in flight finish on the version they started
 * with; the first request after a swap sees a new file identity and opens the new version, and the old
 * instance closes when its last request is done. A request therefore never fails because a load is
 * running, and never mixes two versions; it can learn which version it read ({@link #read(SnapshotWork)}).
 *
 * <p>Each version gets a DuckDB instance of its own, in memory, with the file attached read-only:
 * DuckDB shares one instance among connections to the same path, so a second connection opened by
 * path after a swap would still read the old version. The instances are opened by {@link Warehouses}
 * with the project's settings (memory cap, no extension download).
 */
public final class WarehouseReader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WarehouseReader.class);
    private static final Messages MESSAGES = Warehouses.MESSAGES;

    /** Work done on a connection to one version of the warehouse. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Work done on a connection to one version of the warehouse, told which version that is. */
    @FunctionalInterface
    public interface SnapshotWork<T> {
        T run(Connection connection, SnapshotVersion version) throws SQLException;
    }

    /** One opened version of the file: which one, and the DuckDB instance reading it. */
    private static final class Version {
        final SnapshotVersion snapshot;
        final DuckDBConnection connection;
        int users;
        boolean retired;

        Version(SnapshotVersion snapshot, DuckDBConnection connection) {
            this.snapshot = snapshot;
            this.connection = connection;
        }
    }

    /** The name the warehouse file is attached under in each version's instance. */
    private static final String CATALOG = "warehouse";

    /** Swaps seen while opening one version before giving up (each needs a whole publish meanwhile). */
    private static final int OPEN_ATTEMPTS = 5;

    private final Path file;
    private Version current;
    private long versionsOpened;
    private boolean closed;

    public WarehouseReader(Path file) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    }

    public Path file() {
        return file;
    }

    /** How many versions of the file this reader has opened so far (1 until the first swap). */
    public synchronized long versionsOpened() {
        return versionsOpened;
    }

    /**
     * The newest published version, as the next {@link #read} would read it (for display: a caller that
     * keys anything by the version takes it from {@link #read(SnapshotWork)}, which cannot race a swap).
     */
    public SnapshotVersion current() {
        return snapshotOnDisk();
    }

    /** Runs {@code work} on a connection of its own to the newest published version. */
    public <T> T read(Work<T> work) {
        Objects.requireNonNull(work, "work");
        return read((connection, version) -> work.run(connection));
    }

    /**
     * Runs {@code work} on a connection of its own to the newest published version, and tells it which
     * version that is: everything the work reads comes from that version, even if another is published
     * meanwhile.
     */
    public <T> T read(SnapshotWork<T> work) {
        Objects.requireNonNull(work, "work");
        Version version = acquire();
        try (Connection connection = version.connection.duplicate()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("use " + CATALOG); // a setting of each connection
            }
            return work.run(connection, version.snapshot);
        } catch (SQLException e) {
            throw new DanhgiaException(
                    ErrorCode.WAREHOUSE_UNAVAILABLE,
                    MESSAGES.format("warehouse.queryFailed", file, e.getMessage()),
                    null,
                    e);
        } finally {
            release(version);
        }
    }

    private synchronized Version acquire() {
        if (closed) {
            throw new IllegalStateException("WarehouseReader of " + file + " is closed");
        }
        SnapshotVersion onDisk = snapshotOnDisk();
        if (current == null || !current.snapshot.equals(onDisk)) {
            Version opened = open(onDisk);
            versionsOpened++;
            if (current != null) {
                retire(current);
                LOG.info("{}: version {} was published; reading it from now on", file, opened.snapshot.id());
            }
            current = opened;
        }
        current.users++;
        return current;
    }

    private synchronized void release(Version version) {
        version.users--;
        if (version.retired && version.users == 0) {
            closeQuietly(version);
        }
    }

    private void retire(Version version) {
        version.retired = true;
        if (version.users == 0) {
            closeQuietly(version);
        }
    }

    /**
     * Attaches the file and checks that it is still the version {@code expected} names: a publish between
     * reading the file's identity and attaching it would otherwise label the new content with the old
     * version (and a cache keyed by it would serve new answers as old ones).
     */
    private Version open(SnapshotVersion expected) {
        SnapshotVersion wanted = expected;
        for (int attempt = 1; ; attempt++) {
            DuckDBConnection connection = attach();
            SnapshotVersion attached = snapshotOnDisk();
            if (attached.equals(wanted)) {
                return new Version(attached, connection);
            }
            closeQuietly(connection);
            if (attempt == OPEN_ATTEMPTS) {
                throw new DanhgiaException(
                        ErrorCode.WAREHOUSE_UNAVAILABLE,
                        MESSAGES.format("warehouse.unreadable", file, "published again while being opened"));
            }
            wanted = attached;
        }
    }

    private DuckDBConnection attach() {
        try {
            DuckDBConnection connection = Warehouses.openInMemory().unwrap(DuckDBConnection.class);
            try (PreparedStatement attach = connection.prepareStatement("attach ? as " + CATALOG + " (read_only)")) {
                attach.setString(1, file.toString());
                attach.execute();
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return connection;
        } catch (SQLException e) {
            throw new DanhgiaException(
                    ErrorCode.WAREHOUSE_UNAVAILABLE,
                    MESSAGES.format("warehouse.unreadable", file, e.getMessage()),
                    null,
                    e);
        }
    }

    /** The version the file on disk is now. */
    private SnapshotVersion snapshotOnDisk() {
        try {
            return SnapshotVersion.onDisk(file);
        } catch (NoSuchFileException e) {
            throw new DanhgiaException(ErrorCode.WAREHOUSE_UNAVAILABLE, MESSAGES.format("warehouse.missing", file));
        } catch (IOException e) {
            throw new DanhgiaException(
                    ErrorCode.WAREHOUSE_UNAVAILABLE,
                    MESSAGES.format("warehouse.unreadable", file, e.getMessage()),
                    null,
                    e);
        }
    }

    private static void closeQuietly(Version version) {
        closeQuietly(version.connection);
    }

    private static void closeQuietly(DuckDBConnection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing an old version of the warehouse: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (current != null) {
            retire(current);
            current = null;
        }
    }
}
