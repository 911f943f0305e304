package vn.danhgia.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the sample files from any module's working directory, so tests read the very files the
 * Organization Board's analysts would load: the team's {@code shared/samples} beside the checkout when
 * it is there, else the copy kept in the repository ({@code core/src/test/resources/samples}) so that a
 * clone anywhere runs the same tests. SamplesCopyTest keeps the copy identical to the shared folder.
 */
public final class Samples {
    /** Where the repository keeps its copy, relative to the checkout's root. */
    public static final Path COPY = Path.of("core", "src", "test", "resources", "samples");

    private Samples() {}

    /** The samples folder: the shared one if there is one above the working directory, else the repository's copy. */
    public static Path directory() {
        return shared().or(Samples::copy)
                .orElseThrow(() -> new IllegalStateException("No shared/samples folder and no " + COPY + " above "
                        + Path.of("").toAbsolutePath() + ": run the tests inside the repository checkout."));
    }

    /** The team's shared samples beside the checkout, when present. */
    public static java.util.Optional<Path> shared() {
        return above(Path.of("shared", "samples"));
    }

    /** The repository's copy of the samples. */
    public static java.util.Optional<Path> copy() {
        return above(COPY);
    }

    private static java.util.Optional<Path> above(Path relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.isDirectory(candidate)) {
                return java.util.Optional.of(candidate);
            }
        }
        return java.util.Optional.empty();
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
