package vn.danhgia.analytics.publish;

import java.util.Objects;

/** One table as published: the Delta version it was read at, how many files and rows it took. */
public record PublishedTable(String qualifiedName, long deltaVersion, int files, long rows) {
    public PublishedTable {
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        if (files < 0 || rows < 0) {
            throw new IllegalArgumentException(qualifiedName + ": negative count");
        }
    }
}
