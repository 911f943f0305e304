package vn.danhgia.etl.load;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** What happened to one file of a load: the row of the per-file table that {@code load} prints. */
public record FileOutcome(
        String file,
        Optional<String> kind,
        OptionalInt year,
        Optional<String> unit,
        long rowsRead,
        long rowsLoaded,
        long rowsRejected,
        Duration time,
        Status status,
        Optional<String> message) {

    public enum Status {
        /** Every row loaded. */
        LOADED,
        /** Loaded before with the same name and content: its rows were kept as they were. */
        UNCHANGED,
        /** Read; some rows were rejected (see meta.rejects), the others loaded. */
        LOADED_WITH_REJECTS,
        /** Read, then replaced by a newer file of the same kind, year and unit in the same load. */
        SUPERSEDED,
        /** Could not be read, or rejected whole under --strict: nothing of it was loaded. */
        FAILED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public FileOutcome {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        if (rowsRead < 0 || rowsLoaded < 0 || rowsRejected < 0 || rowsLoaded + rowsRejected > rowsRead) {
            throw new IllegalArgumentException("inconsistent row counts for " + file + ": read " + rowsRead
                    + ", loaded " + rowsLoaded + ", rejected " + rowsRejected);
        }
    }

    public static FileOutcome failed(String file, Duration time, String message) {
        return new FileOutcome(
                file,
                Optional.empty(),
                OptionalInt.empty(),
                Optional.empty(),
                0,
                0,
                0,
                time,
                Status.FAILED,
                Optional.of(message));
    }
}
