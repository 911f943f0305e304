package vn.danhgia.core.warehouse;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.core.sql.SchemaComments;

/**
 * A new version of the DuckDB warehouse, built beside the published one and swapped in by an atomic
 * rename. Readers ({@link WarehouseReader}) keep the published file open until they switch; a crash or SIGKILL
 * at any moment leaves the published file as it was, and the next load removes the leftover.
 *
 * <p>Loads are serialized by an OS file lock on {@code <warehouse>.lock}: DuckDB allows one writing
 * process per file, and two loads racing to publish would lose one's work.
 */
public final class WarehouseSnapshot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WarehouseSnapshot.class);
    private static final Messages MESSAGES = Warehouses.MESSAGES;
    private static final String BUILDING = ".building-";

    private final Path warehouse;
    private final Path building;
    private final Path analystBuilding;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private Connection connection;
    private boolean published;

    private WarehouseSnapshot(Path warehouse, Path building, FileChannel lockChannel, FileLock lock) {
        this.warehouse = warehouse;
        this.building = building;
        Path analyst = AnalystSnapshot.fileOf(warehouse);
        String loadId = building.getFileName().toString().substring((warehouse.getFileName() + BUILDING).length());
        this.analystBuilding = analyst.resolveSibling(analyst.getFileName() + BUILDING + loadId);
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Takes the load lock, copies the published warehouse (if any) and opens the copy for writing. */
    public static WarehouseSnapshot begin(Path warehouse, String loadId) {
        return begin(warehouse, loadId, true);
    }

    /**
     * Takes the load lock and opens a new, empty file to be published in place of the warehouse: for a
     * snapshot rebuilt whole from another source (the Delta Lake), where the old content must not survive.
     */
    public static WarehouseSnapshot beginEmpty(Path warehouse, String loadId) {
        return begin(warehouse, loadId, false);
    }

    private static WarehouseSnapshot begin(Path warehouse, String loadId, boolean copyPublished) {
        Path target = warehouse.toAbsolutePath().normalize();
        FileChannel channel = null;
        try {
            Files.createDirectories(target.getParent());
            channel = FileChannel.open(
                    target.resolveSibling(target.getFileName() + ".lock"),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock fileLock = channel.tryLock();
            if (fileLock == null) {
                closeQuietly(channel);
                throw new DanhgiaException(
                        ErrorCode.WAREHOUSE_UNAVAILABLE, MESSAGES.format("warehouse.busy", warehouse));
            }
            if (Files.exists(target.resolveSibling(target.getFileName() + ".wal"))) {
                // a copy of the file alone would lose what that log holds
                fileLock.release();
                closeQuietly(channel);
                throw new DanhgiaException(
                        ErrorCode.WAREHOUSE_UNAVAILABLE, MESSAGES.format("warehouse.pendingLog", warehouse));
            }
            removeLeftovers(target);
            Path building = target.resolveSibling(target.getFileName() + BUILDING + loadId);
            if (copyPublished && Files.exists(target)) {
                Files.copy(target, building, StandardCopyOption.REPLACE_EXISTING);
            }
            WarehouseSnapshot snapshot = new WarehouseSnapshot(target, building, channel, fileLock);
            snapshot.connection = Warehouses.open(building, Warehouses.Mode.WRITABLE);
            return snapshot;
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new DanhgiaException(ErrorCode.WAREHOUSE_UNAVAILABLE, MESSAGES.format("warehouse.busy", warehouse));
        } catch (IOException | SQLException e) {
            closeQuietly(channel);
            throw new DanhgiaException(
                    ErrorCode.WAREHOUSE_UNAVAILABLE,
                    MESSAGES.format("warehouse.cannotPrepare", warehouse, e.getMessage()),
                    null,
                    e);
        }
    }

    public Connection connection() {
        return connection;
    }

    /** The file being built (for logs and tests). */
    public Path buildingFile() {
        return building;
    }

    /**
     * Describes the tables ({@link SchemaComments}), checkpoints and closes the new version, writes the
     * analysts' copy of it ({@link AnalystSnapshot}), then atomically puts both in place of the published ones.
     */
    public void publish() {
        try {
            SchemaComments.fromClasspath().apply(connection, currentDatabase());
            try (Statement statement = connection.createStatement()) {
                statement.execute("checkpoint");
            }
            AnalystSnapshot.write(connection, analystBuilding);
            connection.close();
            force(analystBuilding);
            force(building);
            try {
                // the analysts' copy first: it never runs ahead of a warehouse that failed to publish by
                // more than this one version, and it never holds what the warehouse does not
                Files.move(
                        analystBuilding,
                        AnalystSnapshot.fileOf(warehouse),
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                Files.move(building, warehouse, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new DanhgiaException(
                        ErrorCode.WAREHOUSE_UNAVAILABLE, MESSAGES.format("warehouse.noAtomicMove", warehouse), null, e);
            }
            try (FileChannel directory = FileChannel.open(warehouse.getParent(), StandardOpenOption.READ)) {
                directory.force(true); // the rename itself survives a power cut
            }
            published = true;
            LOG.info("{}: published", warehouse);
        } catch (IOException | SQLException e) {
            throw new DanhgiaException(
                    ErrorCode.WAREHOUSE_UNAVAILABLE,
                    MESSAGES.format("warehouse.cannotPublish", warehouse, e.getMessage()),
                    null,
                    e);
        }
    }

    private String currentDatabase() throws SQLException {
        try (Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery("select current_database()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Without {@link #publish()}, discards the new version: the published warehouse stays as it was. */
    @Override
    public void close() {
        try {
            if (!published) {
                if (connection != null && !connection.isClosed()) {
                    connection.close();
                }
                Files.deleteIfExists(building);
                Files.deleteIfExists(building.resolveSibling(building.getFileName() + ".wal"));
                Files.deleteIfExists(analystBuilding);
                Files.deleteIfExists(analystBuilding.resolveSibling(analystBuilding.getFileName() + ".wal"));
            }
        } catch (IOException | SQLException e) {
            LOG.warn("{}: could not remove the unpublished copy {}: {}", warehouse, building, e.getMessage());
        } finally {
            try {
                lock.release();
            } catch (IOException e) {
                LOG.warn("{}: could not release the load lock: {}", warehouse, e.getMessage());
            }
            closeQuietly(lockChannel);
        }
    }

    /** Copies left by a load that was killed; safe to remove because we hold the lock. */
    private static void removeLeftovers(Path target) throws IOException {
        for (Path published : List.of(target, AnalystSnapshot.fileOf(target))) {
            try (DirectoryStream<Path> leftovers =
                    Files.newDirectoryStream(target.getParent(), published.getFileName() + BUILDING + "*")) {
                for (Path leftover : leftovers) {
                    LOG.info("{}: removing {} left by an interrupted load", target, leftover.getFileName());
                    Files.deleteIfExists(leftover);
                }
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to do: the OS releases the lock with the process anyway
            }
        }
    }
}
