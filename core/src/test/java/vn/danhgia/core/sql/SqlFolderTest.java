package vn.danhgia.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hand-kept indexes list every SQL file of their folder, so nothing is silently left out of the jar's run. */
class SqlFolderTest {

    @Test
    void schemaIndexListsEverySchemaFile() throws IOException {
        WarehouseSchema schema = WarehouseSchema.fromClasspath();
        List<String> listed = java.util.stream.Stream.concat(
                        schema.scripts().stream(), schema.migrations().values().stream())
                .map(SqlScript::name)
                .toList();

        assertThat(sqlFiles(sqlFolder().resolve("schema"))).containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    void dataTestIndexListsEveryTestFile() throws IOException {
        List<String> listed = DataTests.fromClasspath().stream()
                .map(test -> test.name() + ".sql")
                .toList();

        assertThat(sqlFiles(sqlFolder().resolve("tests"))).containsExactlyInAnyOrderElementsOf(listed);
    }

    private static List<String> sqlFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".sql"))
                    .map(file -> folder.relativize(file).toString().replace('\\', '/'))
                    .toList();
        }
    }

    /** The checkout's sql/ folder, found by walking up from the module's working directory. */
    static Path sqlFolder() {
        Path current = Path.of("").toAbsolutePath();
        for (Path dir = current; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("sql");
            if (Files.isRegularFile(candidate.resolve("schema").resolve("index.yaml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No sql/schema/index.yaml above " + current);
    }
}
