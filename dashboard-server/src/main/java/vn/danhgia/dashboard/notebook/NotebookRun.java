package vn.danhgia.dashboard.notebook;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A notebook run against one analysts' snapshot.
 *
 * @param notebook the notebook
 * @param outcomes one per cell, in order
 * @param simulated whether the warehouse holds simulated data (loaded with the demo key)
 * @param snapshotId the version of the analysts' file the queries read
 * @param ranAt when the run started (local time of the server or the command)
 * @param elapsed how long the queries took in all
 */
public record NotebookRun(
        Notebook notebook,
        List<CellOutcome> outcomes,
        boolean simulated,
        String snapshotId,
        LocalDateTime ranAt,
        Duration elapsed) {
    public NotebookRun {
        Objects.requireNonNull(notebook, "notebook");
        Objects.requireNonNull(snapshotId, "snapshotId");
        Objects.requireNonNull(ranAt, "ranAt");
        Objects.requireNonNull(elapsed, "elapsed");
        outcomes = List.copyOf(outcomes);
    }

    public List<CellOutcome> failures() {
        return outcomes.stream().filter(CellOutcome::failed).toList();
    }
}
