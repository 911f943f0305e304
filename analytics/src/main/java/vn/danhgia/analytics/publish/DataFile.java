package vn.danhgia.analytics.publish;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One active Parquet file of a Delta snapshot, with the values of its partition columns as Delta
 * records them: text, and empty for a null partition ({@code year=__HIVE_DEFAULT_PARTITION__}).
 */
public record DataFile(String path, Map<String, Optional<String>> partitionValues) {
    public DataFile {
        Objects.requireNonNull(path, "path");
        partitionValues = Map.copyOf(partitionValues);
    }
}
