package vn.danhgia.core.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * What one query in the {@link Sandbox} may take.
 *
 * @param timeout how long a statement may run before it is cancelled inside the engine
 * @param maxRows how many rows come back at most (the rest is never read: results stream)
 * @param memoryLimit DuckDB's memory limit for the query's instance (e.g. "256MB")
 * @param threads DuckDB's threads for the query's instance
 * @param maxTempDirectorySize how much the instance may spill to its temporary folder (e.g. "1GB")
 */
public record SandboxLimits(
        Duration timeout, int maxRows, String memoryLimit, int threads, String maxTempDirectorySize) {

    /** The ceiling of {@link #maxRows}: a page of a console, a CLI export; a bigger result is an extract. */
    public static final int MAX_ROWS_CEILING = 1_000_000;

    public SandboxLimits {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(memoryLimit, "memoryLimit");
        Objects.requireNonNull(maxTempDirectorySize, "maxTempDirectorySize");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("A query timeout is positive, not " + timeout);
        }
        if (maxRows < 1 || maxRows > MAX_ROWS_CEILING) {
            throw new IllegalArgumentException("A row cap is between 1 and " + MAX_ROWS_CEILING + ", not " + maxRows);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("A query runs on at least one thread, not " + threads);
        }
        if (!memoryLimit.matches("\\d+(MB|GB)") || !maxTempDirectorySize.matches("\\d+(MB|GB)")) {
            throw new IllegalArgumentException(
                    "Sizes are written like 256MB or 1GB, not " + memoryLimit + " / " + maxTempDirectorySize);
        }
    }

    /** The console's and the CLI's defaults: 30 s, 10,000 rows, 256 MB, 1 thread, 1 GB of spill. */
    public static SandboxLimits defaults() {
        return new SandboxLimits(Duration.ofSeconds(30), 10_000, "256MB", 1, "1GB");
    }

    public SandboxLimits withTimeout(Duration value) {
        return new SandboxLimits(value, maxRows, memoryLimit, threads, maxTempDirectorySize);
    }

    public SandboxLimits withMaxRows(int value) {
        return new SandboxLimits(timeout, value, memoryLimit, threads, maxTempDirectorySize);
    }
}
