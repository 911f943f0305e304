package vn.danhgia.dashboard.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an {@link ExportTable} as CSV that Excel opens right: UTF-8 with a byte order mark (without it
 * Excel reads the file in the machine's code page and breaks every Vietnamese letter), records ended by
 * CRLF (RFC 4180), fields quoted when they need it (Apache Commons CSV). Text is neutralized against
 * formula injection; numbers are written plainly with a dot ({@code -5}, {@code 0.4167}: never an
 * exponent, never grouped) and dates as ISO 8601, so that another program reads them back exactly.
 */
public final class CsvExport {
    public static final String CONTENT_TYPE = "text/csv; charset=utf-8";
    public static final String EXTENSION = "csv";

    /** The byte order mark as written first in UTF-8: EF BB BF. */
    static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private CsvExport() {}

    public static void write(ExportTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        List<String> header = new ArrayList<>();
        for (ExportTable.Column column : table.columns()) {
            header.add(SpreadsheetSafety.neutralize(column.header()));
        }
        printer.printRecord(header);
        List<String> cells = new ArrayList<>(table.columns().size());
        for (List<Object> row : table.rows()) {
            cells.clear();
            for (int column = 0; column < row.size(); column++) {
                cells.add(cell(table.columns().get(column).type(), row.get(column)));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    /** The CSV file as bytes. */
    public static byte[] bytes(ExportTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String cell(ColumnType type, Object value) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case TEXT -> SpreadsheetSafety.neutralize((String) value);
            case INTEGER, DECIMAL, SHARE -> plain((Number) value);
            case DATE -> value.toString();
        };
    }

    private static String plain(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (number instanceof BigInteger
                || number instanceof Long
                || number instanceof Integer
                || number instanceof Short
                || number instanceof Byte) {
            return number.toString();
        }
        double value = number.doubleValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
