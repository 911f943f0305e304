package vn.danhgia.dashboard.web;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * How the server runs: the published warehouse it reads, where it listens, the folder kept for uploaded
 * unit files (a full reload includes them), the upload size limit, whether cookies are marked Secure
 * (behind TLS), and the clock (the review season's "late today" depends on it).
 */
public record ServerSettings(
        Path warehouse, String host, int port, Path uploads, long maxUploadBytes, boolean secureCookies, Clock clock) {

    public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

    public ServerSettings {
        warehouse =
                Objects.requireNonNull(warehouse, "warehouse").toAbsolutePath().normalize();
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        uploads = Objects.requireNonNull(uploads, "uploads").toAbsolutePath().normalize();
        if (maxUploadBytes <= 0) {
            throw new IllegalArgumentException("maxUploadBytes must be positive");
        }
        Objects.requireNonNull(clock, "clock");
    }

    /** The defaults for a warehouse: uploads kept in an {@code uploads} folder beside it. */
    public static ServerSettings of(Path warehouse, String host, int port) {
        Path absolute = warehouse.toAbsolutePath().normalize();
        return new ServerSettings(
                absolute,
                host,
                port,
                absolute.resolveSibling("uploads"),
                DEFAULT_MAX_UPLOAD_BYTES,
                false,
                Clock.systemDefaultZone());
    }
}
