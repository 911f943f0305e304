package vn.danhgia.core.warehouse;

import java.time.Instant;
import java.util.Objects;

/**
 * One published version of the warehouse file, as a {@link WarehouseReader} read it: what a cache keys
 * its entries by, so that an answer computed from one version is never served for another.
 *
 * @param id a short, stable text derived from the file's identity on disk (device and inode, which the
 *     atomic rename of a publish changes), its modification time and its size; the same file gives the
 *     same id in every process, and a new publish gives a new one. Safe in a URL or an HTTP ETag.
 * @param publishedAt when the version was last written, just before it was published (the file's
 *     modification time: the rename that publishes it keeps it)
 */
public record SnapshotVersion(String id, Instant publishedAt) {
    public SnapshotVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (!id.matches("[0-9a-f]{16}")) {
            throw new IllegalArgumentException("A snapshot version id is 16 lowercase hex digits, not '" + id + "'");
        }
    }
}
