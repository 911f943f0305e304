package vn.danhgia.etl.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import vn.danhgia.etl.read.internal.ReadErrors;

/**
 * Lists the files a load reads: the given file, or every xlsx, xls, csv, txt, htm/html/mht(ml), docx and ods
 * file (the last to be refused with how to convert it) under a folder,
 * recursively, in a stable order (by relative path). Office lock files ('~$DS xep loai.xlsx'), hidden
 * files and files inside hidden folders are left out. A folder that cannot be listed fails with
 * {@code UNREADABLE_FILE}.
 */
public final class FileCollector {
    private static final Set<String> EXTENSIONS =
            Set.of("xlsx", "xls", "csv", "txt", "htm", "html", "mht", "mhtml", "docx", "ods");

    private FileCollector() {}

    public static List<Path> collect(Path fileOrFolder) {
        if (!Files.isDirectory(fileOrFolder)) {
            return List.of(fileOrFolder);
        }
        try (Stream<Path> paths = Files.walk(fileOrFolder)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> isReadable(fileOrFolder.relativize(path)))
                    .sorted(Comparator.comparing(
                            path -> fileOrFolder.relativize(path).toString()))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw ReadErrors.unreadable(fileOrFolder.toString(), e, "read.io", ReadErrors.reason(e));
        }
    }

    /** Whether a path (relative to the folder) names a file to read. */
    static boolean isReadable(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("~$")) {
                return false;
            }
        }
        String name = relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
