package vn.danhgia.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared sample files ({@code shared/samples}, a sibling of the repository) from any module's
 * working directory, so tests read the very files the Organization Board's analysts would load.
 */
public final class Samples {
    private Samples() {}

    /** The samples folder; fails with a clear message when the checkout has no {@code shared/} beside it. */
    public static Path directory() {
        Path current = Path.of("").toAbsolutePath();
        for (Path dir = current; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("samples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No shared/samples folder above " + current
                + ": the samples live in ../shared/samples beside the repository checkout.");
    }

    /** One sample file, e.g. {@code file("2018", "xep loai TCCS dang 2018 (ma TCVN3).csv")}. */
    public static Path file(String first, String... more) {
        Path path = directory().resolve(Path.of(first, more));
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("Missing sample file " + path);
        }
        return path;
    }
}
