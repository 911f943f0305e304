package vn.danhgia.dashboard.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import vn.danhgia.dashboard.report.model.YearReport;
import vn.danhgia.dashboard.report.pdf.PdfReportWriter;
import vn.danhgia.dashboard.report.xlsx.XlsxReportWriter;

/** The formats a report is written in, each with its writer, file extension and media type. */
public enum ReportFormat {
    PDF("pdf", PdfReportWriter.CONTENT_TYPE, PdfReportWriter::write),
    XLSX("xlsx", XlsxReportWriter.CONTENT_TYPE, XlsxReportWriter::write);

    /** Writes a report to a stream, leaving the stream open. */
    @FunctionalInterface
    public interface Writer {
        void write(YearReport report, OutputStream out) throws IOException;
    }

    private final String extension;
    private final String contentType;
    private final Writer writer;

    ReportFormat(String extension, String contentType, Writer writer) {
        this.extension = extension;
        this.contentType = contentType;
        this.writer = writer;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    public void write(YearReport report, OutputStream out) throws IOException {
        writer.write(report, out);
    }

    /** The format of a name ({@code pdf}, {@code xlsx}, any case); anything else is refused. */
    public static ReportFormat of(String name) {
        for (ReportFormat format : values()) {
            if (format.extension.equals(name.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + name + "': expected pdf or xlsx");
    }
}
