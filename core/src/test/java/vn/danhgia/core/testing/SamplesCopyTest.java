package vn.danhgia.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The repository's copy of the samples is byte for byte the team's shared folder, when that is here. */
class SamplesCopyTest {

    @Test
    void theCopyInTheRepositoryEqualsTheSharedSamples() throws IOException {
        Optional<Path> copy = Samples.copy();
        assertThat(copy).as("the repository's copy of the samples").isPresent();
        assertThat(contents(copy.get())).containsKey("EXPECTED.md");
        Optional<Path> shared = Samples.shared();
        if (shared.isPresent()) {
            assertThat(contents(copy.get())).isEqualTo(contents(shared.get()));
        }
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(
                        folder.relativize(file).toString(),
                        java.util.HexFormat.of().formatHex(Files.readAllBytes(file)));
            }
        }
        return files;
    }
}
