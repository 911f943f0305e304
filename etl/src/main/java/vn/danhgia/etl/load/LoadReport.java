package vn.danhgia.etl.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import vn.danhgia.core.cli.Cli;

/** The result of one {@code load}: every file's outcome, in the order the files were read. */
public record LoadReport(String loadId, Path warehouse, List<FileOutcome> files, Duration time) {

    public LoadReport {
        Objects.requireNonNull(loadId, "loadId");
        Objects.requireNonNull(warehouse, "warehouse");
        files = List.copyOf(files);
        Objects.requireNonNull(time, "time");
    }

    public long rowsRead() {
        return files.stream().mapToLong(FileOutcome::rowsRead).sum();
    }

    public long rowsLoaded() {
        return files.stream().mapToLong(FileOutcome::rowsLoaded).sum();
    }

    public long rowsRejected() {
        return files.stream().mapToLong(FileOutcome::rowsRejected).sum();
    }

    public long filesFailed() {
        return files.stream()
                .filter(file -> file.status() == FileOutcome.Status.FAILED)
                .count();
    }

    /** 0 when every file was read (rejected rows included), 1 when a file could not be read. */
    public int exitCode() {
        return filesFailed() == 0 ? Cli.EXIT_OK : Cli.EXIT_FAILURE;
    }
}
