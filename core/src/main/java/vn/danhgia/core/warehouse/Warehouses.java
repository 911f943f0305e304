package vn.danhgia.core.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;

/**
 * The one place a DuckDB instance is opened, by every command and by the dashboard: no extension is ever
 * fetched from the network, and DuckDB's memory is capped when {@value #MEMORY_LIMIT_VARIABLE} says so
 * (a national load's SQL models use what they get and spill the rest to a temporary folder beside the
 * warehouse; a dashboard gets the same cap).
 *
 * <p>DuckDB applies settings per instance, and every connection to one file in a JVM shares its
 * instance: opening a file anywhere else with other settings would either fail or silently inherit
 * these.
 */
public final class Warehouses {
    static final Messages MESSAGES = Messages.of("vn.danhgia.core.warehouse.messages");

    /** Caps DuckDB's memory (e.g. "8GB"); without it DuckDB takes up to 80% of the machine's memory. */
    public static final String MEMORY_LIMIT_VARIABLE = "DANHGIA_DUCKDB_MEMORY";

    private static final Pattern MEMORY_SIZE =
            Pattern.compile("\\d+(\\.\\d+)?\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)", Pattern.CASE_INSENSITIVE);

    /** How a file is opened. */
    public enum Mode {
        /** Reads only; many processes may hold the file so, but none may write it meanwhile. */
        READ_ONLY,
        /** Reads and writes; DuckDB allows one such process per file. */
        WRITABLE
    }

    private Warehouses() {}

    /** A connection to a DuckDB file with the project's settings. */
    public static Connection open(Path file, Mode mode) throws SQLException {
        Properties properties = settings();
        if (mode == Mode.READ_ONLY) {
            properties.setProperty("duckdb.read_only", "true");
        }
        return DriverManager.getConnection("jdbc:duckdb:" + file, properties);
    }

    /**
     * A new in-memory DuckDB instance with the project's settings, holding no file: for a caller that
     * attaches files itself (the {@link WarehouseReader} gives each published version its own instance).
     */
    public static Connection openInMemory() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:", settings());
    }

    private static Properties settings() {
        Properties properties = new Properties();
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        memoryLimit(System.getenv(MEMORY_LIMIT_VARIABLE))
                .ifPresent(limit -> properties.setProperty("memory_limit", limit));
        return properties;
    }

    /**
     * The DuckDB memory limit a value of {@value #MEMORY_LIMIT_VARIABLE} asks for: empty when unset, the
     * size when it reads as one ("12GB", "512 MiB"), an error naming the variable otherwise (DuckDB's own
     * message names neither the variable nor where it came from).
     */
    static Optional<String> memoryLimit(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String size = value.strip();
        if (!MEMORY_SIZE.matcher(size).matches()) {
            throw new DanhgiaException(
                    ErrorCode.INVALID_CONFIGURATION,
                    MESSAGES.format("memoryLimit.invalid", MEMORY_LIMIT_VARIABLE, value));
        }
        return Optional.of(size);
    }
}
