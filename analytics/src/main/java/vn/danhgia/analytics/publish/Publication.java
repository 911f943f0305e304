package vn.danhgia.analytics.publish;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** What one publish did: from which lake to which file, every table published, and how long it took. */
public record Publication(Path lake, Path warehouse, List<PublishedTable> tables, Duration elapsed) {
    public Publication {
        Objects.requireNonNull(lake, "lake");
        Objects.requireNonNull(warehouse, "warehouse");
        Objects.requireNonNull(elapsed, "elapsed");
        tables = List.copyOf(tables);
    }

    public long totalRows() {
        return tables.stream().mapToLong(PublishedTable::rows).sum();
    }

    public int totalFiles() {
        return tables.stream().mapToInt(PublishedTable::files).sum();
    }
}
