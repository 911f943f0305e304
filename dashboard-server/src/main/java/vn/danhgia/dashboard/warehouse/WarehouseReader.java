package vn.danhgia.dashboard.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Properties;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;

/**
 * The dashboard's read-only view of the published DuckDB warehouse, following its atomic swaps.
 *
 * <p>{@code danhgia load} and {@code analyze} build a new file beside the published one and rename it
 * into place. An open DuckDB instance keeps reading the file it opened (on POSIX the old inode lives
 * while it is open), so requests in flight finish on the version they started with; the first request
 * after a swap sees a new file identity and opens the new version, and the old instance closes when
 * its last request is done. A request therefore never fails because a load is running, and never
 * mixes two versions.
 *
 * <p>Each version gets a DuckDB instance of its own, in memory, with the file attached read-only:
 * DuckDB shares one instance among connections to the same path, so a second connection opened by
 * path after a swap would still read the old version.
 */
public final class WarehouseReader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WarehouseReader.class);
    private static final Messages MESSAGES = Messages.of("vn.danhgia.dashboard.warehouse.messages");

    /** Work done on a connection to one version of the warehouse. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** One opened version of the file: its identity on disk and the DuckDB instance reading it. */
    private static final class Version {
        final Object identity;
        final DuckDBConnection connection;
        int users;
        boolean retired;

        Version(Object identity, DuckDBConnection connection) {
            this.identity = identity;
            this.connection = connection;
        }
    }

    /** The name the warehouse file is attached under in each version's instance. */
    private static final String CATALOG = "warehouse";

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

    /** Runs {@code work} on a connection of its own to the newest published version. */
    public <T> T read(Work<T> work) {
        Version version = acquire();
        try (Connection connection = version.connection.duplicate()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("use " + CATALOG); // a setting of each connection
            }
            return work.run(connection);
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
        Object identity = identity();
        if (current == null || !current.identity.equals(identity)) {
            Version opened = new Version(identity, open());
            versionsOpened++;
            if (current != null) {
                retire(current);
                LOG.info("{}: a new version was published; reading it from now on", file);
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

    /** The file's identity on disk (device and inode on Linux), which an atomic rename changes. */
    private Object identity() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Object key = attributes.fileKey();
            return key != null ? key : attributes.lastModifiedTime().toMillis() + ":" + attributes.size();
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

    private DuckDBConnection open() {
        Properties properties = new Properties();
        // no extension is ever fetched from the network
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        try {
            DuckDBConnection connection =
                    DriverManager.getConnection("jdbc:duckdb:", properties).unwrap(DuckDBConnection.class);
            try (Statement statement = connection.createStatement()) {
                statement.execute("attach '" + file.toString().replace("'", "''") + "' as " + CATALOG + " (read_only)");
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

    private static void closeQuietly(Version version) {
        try {
            version.connection.close();
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
