package vn.danhgia.core.sql;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The contents of {@code sql/schema/index.yaml}: the schema version and its files in the order they
 * are applied. An explicit list, because a folder inside a jar cannot be listed reliably.
 */
record SchemaIndex(
        @JsonProperty("version") int version,
        @JsonProperty("files") List<String> files,
        @JsonProperty("migrations") List<Migration> migrations) {

    /** The statements that bring a warehouse of {@code version - 1} to {@code version}, before the DDL runs. */
    record Migration(
            @JsonProperty("version") int version,
            @JsonProperty("file") String file) {
        Migration {
            Objects.requireNonNull(file, "file");
        }
    }

    private static final Pattern FILE_NAME = Pattern.compile("[0-9]{2}_[a-z0-9_]+\\.sql");

    SchemaIndex {
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more: " + version);
        }
        Objects.requireNonNull(files, "files");
        if (files.isEmpty()) {
            throw new IllegalArgumentException("The schema index lists no files");
        }
        for (String file : files) {
            if (file == null || !FILE_NAME.matcher(file).matches()) {
                throw new IllegalArgumentException("Not a schema file name (NN_name.sql): " + file);
            }
        }
        if (!files.stream().sorted().toList().equals(files)) {
            throw new IllegalArgumentException("Schema files must be listed in file name order: " + files);
        }
        files = List.copyOf(files);
        migrations = migrations == null ? List.of() : List.copyOf(migrations);
        for (Migration migration : migrations) {
            if (migration.version() < 2 || migration.version() > version) {
                throw new IllegalArgumentException("A migration's version must be 2.." + version + ": " + migration);
            }
        }
    }
}
