package vn.danhgia.dashboard.page;

import java.util.List;
import java.util.Objects;
import vn.danhgia.dashboard.upload.LoadRunner;

/** What the upload result page shows: the folder the files were kept in, their names, and the run's report. */
public record UploadResult(
        String folder, List<String> names, LoadRunner.Run run, String uploadsFolder, String reloadCommand) {
    public UploadResult {
        Objects.requireNonNull(folder, "folder");
        names = List.copyOf(names);
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(uploadsFolder, "uploadsFolder");
        Objects.requireNonNull(reloadCommand, "reloadCommand");
    }
}
