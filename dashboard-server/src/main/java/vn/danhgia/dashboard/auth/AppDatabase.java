package vn.danhgia.dashboard.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;

/**
 * The dashboard's own database: accounts, sessions, failed logins, the audit log, unit mapping
 * decisions and the SQL console's saved queries, in one SQLite file beside the warehouse.
 *
 * <p>It is not the warehouse: DuckDB allows one writing process, and the warehouse file is replaced
 * by every publish, while these rows are written by the running server and must outlive publishes.
 * Opening the file applies the versioned migrations under {@code db/appdb/} (Flyway), so an existing
 * file is brought up to date and a current one is left as it is.
 *
 * <p>Safe for Jetty's threads: a small pool of connections, each in WAL mode (readers never wait for
 * the writer) with foreign keys on and a busy timeout, so that a writer waits for another writer
 * instead of failing. Write work runs in a transaction that takes the write lock at its start
 * ({@code BEGIN IMMEDIATE}), which is what lets SQLite's busy timeout apply to it.
 */
public final class AppDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppDatabase.class);

    /** Where the migrations are packaged. */
    public static final String MIGRATIONS = "classpath:db/appdb";

    /** How long a statement waits for another connection's write lock before failing. */
    static final int BUSY_TIMEOUT_MILLIS = 10_000;

    /** Connections open at most: SQLite has one writer at a time anyway, and readers are quick. */
    static final int POOL_SIZE = 4;

    private static final String WAREHOUSE_SUFFIX = ".duckdb";
    private static final String SUFFIX = ".app.db";

    /** Work done on a connection of the pool. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final SQLiteConfig config;
    private final String url;
    private final Semaphore permits = new Semaphore(POOL_SIZE, true);
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    private AppDatabase(Path file) {
        this.file = file;
        this.url = "jdbc:sqlite:" + file;
        this.config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    }

    /** The application database of a warehouse: {@code data/warehouse.duckdb} → {@code data/warehouse.app.db}. */
    public static Path besideWarehouse(Path warehouse) {
        Path absolute =
                Objects.requireNonNull(warehouse, "warehouse").toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        String stem =
                name.endsWith(WAREHOUSE_SUFFIX) ? name.substring(0, name.length() - WAREHOUSE_SUFFIX.length()) : name;
        return absolute.resolveSibling(stem + SUFFIX);
    }

    /** Opens the application database beside {@code warehouse}, creating and migrating it as needed. */
    public static AppDatabase openBesideWarehouse(Path warehouse) {
        return open(besideWarehouse(warehouse));
    }

    /** Opens (creating its folder and the file if needed) and migrates the database in {@code file}. */
    public static AppDatabase open(Path file) {
        Path absolute = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new DanhgiaException(
                    ErrorCode.UNREADABLE_FILE,
                    AuthMessages.MESSAGES.format("appDatabase.unavailable", absolute, e.getMessage()),
                    null,
                    e);
        }
        boolean existed = Files.exists(absolute);
        AppDatabase database = new AppDatabase(absolute);
        database.migrate(existed);
        return database;
    }

    public Path file() {
        return file;
    }

    private void migrate(boolean existed) {
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url);
        try {
            int applied = Flyway.configure(AppDatabase.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .loggers(FlywayLog.class.getName())
                    .cleanDisabled(true)
                    .load()
                    .migrate()
                    .migrationsExecuted;
            if (applied > 0 && existed) {
                LOG.info("{}: {} migration(s) applied", file, applied);
            } else if (applied > 0) {
                LOG.debug("{}: created with {} migration(s)", file, applied);
            }
        } catch (FlywayException e) {
            throw new DanhgiaException(
                    ErrorCode.INTERNAL,
                    AuthMessages.MESSAGES.format("appDatabase.unavailable", file, e.getMessage()),
                    null,
                    e);
        }
    }

    /** Runs {@code work} on a pooled connection in auto-commit mode: for reads and single statements. */
    public <T> T read(Work<T> work) {
        Connection connection = acquire();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            release(connection);
        }
    }

    /** Runs {@code work} in one transaction holding the write lock; rolls back if it throws. */
    public <T> T write(Work<T> work) {
        Connection connection = acquire();
        try {
            connection.setAutoCommit(false); // BEGIN IMMEDIATE, waiting up to the busy timeout
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            release(connection);
        }
    }

    private DanhgiaException failed(SQLException e) {
        return new DanhgiaException(
                ErrorCode.INTERNAL, AuthMessages.MESSAGES.format("appDatabase.failed", file, e.getMessage()), null, e);
    }

    private Connection acquire() {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a connection to " + file, e);
        }
        try {
            synchronized (this) {
                if (closed) {
                    throw new IllegalStateException("AppDatabase " + file + " is closed");
                }
                Connection pooled = idle.pollFirst();
                if (pooled != null) {
                    return pooled;
                }
                return config.createConnection(url);
            }
        } catch (SQLException | RuntimeException e) {
            permits.release();
            if (e instanceof SQLException sql) {
                throw failed(sql);
            }
            throw (RuntimeException) e;
        }
    }

    private void release(Connection connection) {
        synchronized (this) {
            if (closed) {
                closeQuietly(connection);
            } else {
                idle.addFirst(connection);
            }
        }
        permits.release();
    }

    /** Closes the idle connections now and the busy ones as their work ends. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        idle.forEach(AppDatabase::closeQuietly);
        idle.clear();
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing a connection to the application database failed: {}", e.getMessage());
        }
    }
}
