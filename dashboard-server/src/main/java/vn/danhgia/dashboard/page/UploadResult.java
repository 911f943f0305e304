package vn.danhgia.dashboard.page;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.danhgia.dashboard.upload.LoadRunner;

/**
 * What the upload result page shows: the folder the files were kept in, their names, the run's report, and
 * the mapping profile saved just before the run (when the run follows a column mapping).
 */
public record UploadResult(
        String folder,
        List<String> names,
        LoadRunner.Run run,
        String uploadsFolder,
        String reloadCommand,
        Optional<String> profile) {
    public UploadResult {
        Objects.requireNonNull(folder, "folder");
        names = List.copyOf(names);
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(uploadsFolder, "uploadsFolder");
        Objects.requireNonNull(reloadCommand, "reloadCommand");
        Objects.requireNonNull(profile, "profile");
    }

    /** Whether the file's layout may be mapped: it failed and the load found no kind of form in it. */
    public boolean mappable(LoadRunner.FileResult file) {
        return file.status().equals("failed")
                && file.kind().isEmpty()
                && !file.file().contains("/");
    }
}
