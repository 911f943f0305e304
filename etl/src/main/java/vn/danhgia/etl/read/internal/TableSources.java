package vn.danhgia.etl.read.internal;

import java.io.IOException;
import java.nio.file.Path;

/** Opens files as tables. */
public final class TableSources {
    private TableSources() {}

    /** A decoded text file, with the encoding found and the separator detected. */
    public record OpenedText(TableSource source, String encoding, char separator) {}

    public static TableSource openWorkbook(Path file, FileSniffer.Format format) throws IOException {
        return switch (format) {
            case XLSX -> XlsxSource.open(file);
            case XLS -> XlsSource.open(file);
            case TEXT -> throw new IllegalArgumentException("not a workbook: " + file);
        };
    }

    public static OpenedText openText(byte[] bytes, String sourceFile) {
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes, sourceFile);
        if (decoded.text().isBlank()) {
            throw ReadErrors.empty(sourceFile, "read.empty");
        }
        CsvSource source = new CsvSource(decoded.text());
        return new OpenedText(source, decoded.encoding(), source.separator());
    }
}
