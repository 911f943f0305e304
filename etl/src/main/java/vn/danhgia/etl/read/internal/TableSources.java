package vn.danhgia.etl.read.internal;

import java.io.IOException;
import java.nio.file.Path;
import vn.danhgia.core.error.SourceLocation;
import vn.danhgia.core.text.DecodedText;
import vn.danhgia.core.text.EncodingDetector;
import vn.danhgia.core.text.TextEncoding;

/** Opens files as tables. */
public final class TableSources {
    private TableSources() {}

    /** A decoded text file, with the encoding found and the separator detected. */
    public record OpenedText(TableSource source, TextEncoding encoding, char separator) {}

    public static TableSource openWorkbook(Path file, FileSniffer.Format format) throws IOException {
        return switch (format) {
            case XLSX -> XlsxSource.open(file);
            case XLS -> XlsSource.open(file);
            case TEXT -> throw new IllegalArgumentException("not a workbook: " + file);
        };
    }

    /** Decodes with core's detector (BOMs, UTF-8, Windows-1258, TCVN3); an undetectable encoding fails there. */
    public static OpenedText openText(byte[] bytes, String sourceFile) {
        DecodedText decoded = EncodingDetector.decode(bytes, SourceLocation.ofFile(sourceFile));
        if (decoded.text().isBlank()) {
            throw ReadErrors.empty(sourceFile, "read.empty");
        }
        CsvSource source = new CsvSource(decoded.text());
        return new OpenedText(source, decoded.encoding(), source.separator());
    }
}
