package vn.danhgia.core.sql;

import java.util.List;
import java.util.Objects;

/**
 * What a data test found: how many rows broke its rule and the first few of them, rendered as
 * {@code column=value} text for reports and logs.
 */
public record DataTestResult(String name, int failingRows, List<String> sampleRows) {

    public DataTestResult {
        Objects.requireNonNull(name, "name");
        if (failingRows < 0) {
            throw new IllegalArgumentException("failingRows must not be negative: " + failingRows);
        }
        sampleRows = List.copyOf(sampleRows);
    }

    public boolean passed() {
        return failingRows == 0;
    }
}
