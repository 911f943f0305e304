package vn.danhgia.dashboard.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import vn.danhgia.dashboard.report.model.YearReport;

/**
 * Writes a report to a file so that the file is either whole or absent: the report goes to a temporary
 * file beside it, which is moved over the file only once it is complete (and deleted if writing fails).
 */
public final class ReportFiles {
    private ReportFiles() {}

    /**
     * Checks that {@code out} can be written (its folder exists and is writable, it is not a folder), before
     * any work is done for it.
     */
    public static Path checkWritable(Path out, Locale locale) {
        Objects.requireNonNull(out, "out");
        Path file = out.toAbsolutePath().normalize();
        Path folder = file.getParent();
        ReportWording wording = new ReportWording(locale);
        if (Files.isDirectory(file)) {
            throw ReportInputException.unwritable(locale, out, wording.t("error.unwritable.isFolder"));
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw ReportInputException.unwritable(locale, out, wording.t("error.unwritable.noFolder"));
        }
        if (!Files.isWritable(folder) || (Files.exists(file) && !Files.isWritable(file))) {
            throw ReportInputException.unwritable(locale, out, wording.t("error.unwritable.readOnly"));
        }
        return file;
    }

    /** Writes {@code report} in {@code format} to {@code out}, whole or not at all. */
    public static void write(YearReport report, ReportFormat format, Path out) throws IOException {
        write(report, format::write, out);
    }

    /** Writes {@code report} with {@code writer} to {@code out}, whole or not at all. */
    static void write(YearReport report, ReportFormat.Writer writer, Path out) throws IOException {
        Path file = checkWritable(out, report.locale());
        // a hidden name of its own in the same folder (so the move is a rename), made like any new file
        Path temporary = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".part");
        boolean moved = false;
        try {
            try (OutputStream stream = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
                writer.write(report, stream);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
