package vn.danhgia.core.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
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

    /** The version a file on disk is now (a warehouse, or the analysts' snapshot beside it). */
    public static SnapshotVersion onDisk(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        // the file key is the device and inode on Linux, which an atomic rename changes
        Object key = attributes.fileKey();
        String identity = (key != null ? key.toString() : file.toString()) + "|"
                + attributes.lastModifiedTime().toInstant() + "|" + attributes.size();
        return new SnapshotVersion(
                digest(identity), attributes.lastModifiedTime().toInstant());
    }

    private static String digest(String identity) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
