package vn.danhgia.core.sql;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** The contents of {@code sql/tests/index.yaml}: the data test files, relative to {@code sql/tests/}. */
record DataTestIndex(@JsonProperty("files") List<String> files) {
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9_]+/[a-z0-9_]+\\.sql");

    DataTestIndex {
        Objects.requireNonNull(files, "files");
        for (String file : files) {
            if (file == null || !FILE_NAME.matcher(file).matches()) {
                throw new IllegalArgumentException("Not a data test file name (folder/name.sql): " + file);
            }
        }
        if (files.stream().distinct().count() != files.size()) {
            throw new IllegalArgumentException("A data test is listed twice: " + files);
        }
        files = List.copyOf(files);
    }
}
