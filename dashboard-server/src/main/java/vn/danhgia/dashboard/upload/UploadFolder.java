package vn.danhgia.dashboard.upload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The installation's folder of uploaded unit files ({@code ServerSettings.uploads()}): one folder per
 * upload, {@code <yyyyMMdd-HHmmss>-<account>}, holding the files under their checked names, so that a
 * full reload ({@code bin/danhgia load data/demo data/uploads}) reads them again. Names come from
 * {@link UploadCheck#safeName}; a name given twice in one upload gets " (2)" before its extension.
 */
public final class UploadFolder {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** A file to keep: the name the browser sent and its content (already checked). */
    public record Incoming(String submittedName, byte[] content) {
        public Incoming {
            Objects.requireNonNull(submittedName, "submittedName");
            Objects.requireNonNull(content, "content");
        }
    }

    /** What was kept: the folder and the names of the files in it. */
    public record Kept(Path folder, List<String> names) {
        public Kept {
            Objects.requireNonNull(folder, "folder");
            names = List.copyOf(names);
        }
    }

    private final Path root;

    public UploadFolder(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Writes the files into a new folder for this upload; {@code simulated} marks it as demo data for the loader. */
    public Kept keep(LocalDateTime now, String account, List<Incoming> files, boolean simulated) throws IOException {
        Files.createDirectories(root);
        Path folder = newFolder(STAMP.format(now) + "-" + folderPart(account));
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Incoming file : files) {
            String name = unique(UploadCheck.safeName(file.submittedName()), taken);
            Path target = folder.resolve(name).normalize();
            if (!target.getParent().equals(folder)) {
                throw new IllegalArgumentException("file name leaves the upload folder: " + file.submittedName());
            }
            Files.write(target, file.content(), StandardOpenOption.CREATE_NEW);
            names.add(name);
        }
        if (simulated) {
            markSimulated(folder);
            markSimulated(root);
        }
        return new Kept(folder, names);
    }

    /**
     * The generator's marker: a demo warehouse is loaded with the demo pseudonym key, which the loader
     * uses only for folders that say they hold simulated data (its root too, for a full reload).
     */
    private static void markSimulated(Path folder) throws IOException {
        Path manifest = folder.resolve("manifest.json");
        if (!Files.exists(manifest)) {
            Files.writeString(
                    manifest,
                    "{\n  \"simulated\": true,\n  \"note\": \"files uploaded to a demo warehouse\",\n  \"files\": []\n}\n",
                    StandardCharsets.UTF_8);
        }
    }

    private Path newFolder(String base) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path folder = root.resolve(attempt == 1 ? base : base + "-" + attempt);
            try {
                return Files.createDirectory(folder);
            } catch (FileAlreadyExistsException e) {
                // the same account uploading twice in one second: the next suffix
            }
        }
    }

    private static String folderPart(String account) {
        String part = account.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]+", "_");
        return part.replaceFirst("^[.]+", "_");
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        for (int copy = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); copy++) {
            candidate = dot < 0
                    ? name + " (" + copy + ")"
                    : name.substring(0, dot) + " (" + copy + ")" + name.substring(dot);
        }
        return candidate;
    }
}
