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
        Path name = file.getFileName();
        return openWorkbook(file, format, name == null ? file.toString() : name.toString());
    }

    /**
     * A file of tables: the sheets of a workbook, the tables of an HTML page or of a Word document (one
     * "sheet" each, named by its 1-based index). {@code sourceFile} names the file in errors.
     */
    public static TableSource openWorkbook(Path file, FileSniffer.Format format, String sourceFile) throws IOException {
        return switch (format) {
            case XLSX -> XlsxSource.open(file);
            case XLS -> XlsSource.open(file);
            case HTML -> HtmlSource.open(file, sourceFile);
            case DOCX -> DocxSource.open(file, sourceFile);
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
