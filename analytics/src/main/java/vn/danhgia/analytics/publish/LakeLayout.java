package vn.danhgia.analytics.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The tables of a lake folder as {@code vn.danhgia.etl.lake.Lake} lays them out: {@code
 * <lake>/<schema>/<table>}, each a folder holding a {@code _delta_log}. Found from the folders, so
 * the marts an analysis created are served too, not only the tables of the DDL.
 */
public record LakeLayout(Path root) {
    /**
     * The schemas served to the dashboard, in the DDL's order. Not raw: it holds names and card
     * numbers as the units sent them, and only the loader reads it.
     */
    public static final List<String> SERVED_SCHEMAS = List.of("staging", "core", "mart", "meta", "restricted");

    public LakeLayout {
        root = root.toAbsolutePath().normalize();
    }

    /** A Delta table folder and the name users know it by. */
    public record TableFolder(String schema, String table, Path folder) {
        public TableFolder {
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(folder, "folder");
        }
    }

    /** Every Delta table of the served schemas, by schema then name. */
    public List<TableFolder> servedTables() {
        List<TableFolder> tables = new ArrayList<>();
        for (String schema : SERVED_SCHEMAS) {
            Path schemaFolder = root.resolve(schema);
            if (!Files.isDirectory(schemaFolder)) {
                continue;
            }
            try (Stream<Path> children = Files.list(schemaFolder)) {
                children.filter(child -> Files.isDirectory(child.resolve("_delta_log")))
                        .sorted()
                        .forEach(child -> tables.add(
                                new TableFolder(schema, child.getFileName().toString(), child)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(tables);
    }
}
