package vn.danhgia.etl.read.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A decoded text file (csv or txt) as one table. Row numbers are the editor's line numbers, counted from
 * each record's position, so a quoted value spanning lines does not shift the rows after it.
 */
final class CsvSource implements TableSource {
    private static final char[] SEPARATORS = {',', ';', '\t', '|'};
    private static final int SAMPLE_LINES = 50;

    private final String text;
    private final char separator;

    CsvSource(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.separator = detectSeparator(this.text);
    }

    char separator() {
        return separator;
    }

    @Override
    public List<Optional<String>> sheetNames() {
        return List.of(Optional.empty());
    }

    @Override
    public Iterator<TableRow> rows(int sheet) {
        if (sheet != 0) {
            throw new IndexOutOfBoundsException("A text file has one table: " + sheet);
        }
        CSVParser parser;
        try {
            parser = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(separator)
                    .setIgnoreEmptyLines(true)
                    .get()
                    .parse(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            private long position;
            private int line = 1;

            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public TableRow next() {
                CSVRecord record = records.next();
                long start = record.getCharacterPosition();
                // the parser's position of a record that follows skipped empty lines is before those lines
                while (start < text.length()
                        && (text.charAt((int) start) == '\n' || text.charAt((int) start) == '\r')) {
                    start++;
                }
                for (long index = position; index < start && index < text.length(); index++) {
                    if (text.charAt((int) index) == '\n') {
                        line++;
                    }
                }
                position = Math.max(position, start);
                int width = Math.min(record.size(), Columns.MAX);
                String[] values = new String[width];
                boolean[] typed = new boolean[width];
                for (int column = 0; column < width; column++) {
                    values[column] = HeaderText.clean(record.get(column));
                    typed[column] = TextCells.looksTyped(values[column]);
                }
                return new TableRow(line, values, typed);
            }
        };
    }

    /**
     * The separator that splits the sampled lines most consistently: each candidate's usual count per
     * line (its mode) must hold on at least 60% of the lines; the candidate whose mode holds on the most
     * lines wins, then the one giving more columns. So a semicolon file with decimal commas
     * ('92,4;87,5') is split on semicolons: its header line has no comma.
     */
    static char detectSeparator(String text) {
        List<String> lines = records(text).stream()
                .filter(line -> !line.isBlank())
                .limit(SAMPLE_LINES)
                .toList();
        char best = ',';
        int bestLines = 0;
        int bestCount = 0;
        for (char candidate : SEPARATORS) {
            int[] histogram = new int[Columns.MAX + 1];
            for (String line : lines) {
                histogram[Math.min(countOutsideQuotes(line, candidate), Columns.MAX)]++;
            }
            int mode = 0;
            int modeLines = 0;
            for (int count = 1; count <= Columns.MAX; count++) {
                if (histogram[count] > modeLines) {
                    mode = count;
                    modeLines = histogram[count];
                }
            }
            boolean consistent = mode > 0 && modeLines >= lines.size() * 0.6;
            if (consistent && (modeLines > bestLines || modeLines == bestLines && mode > bestCount)) {
                best = candidate;
                bestLines = modeLines;
                bestCount = mode;
            }
        }
        return best;
    }

    /**
     * The first records of the text: a line break inside quotes belongs to the cell (a header cell written
     * on two lines in Excel, '"Họ và tên\nđảng viên"'), so only one outside quotes ends a record.
     */
    private static List<String> records(String text) {
        List<String> records = new java.util.ArrayList<>();
        StringBuilder record = new StringBuilder();
        boolean quoted = false;
        for (int index = 0; index < text.length() && records.size() < SAMPLE_LINES * 2; index++) {
            char character = text.charAt(index);
            if (character == '"') {
                quoted = !quoted;
            }
            if ((character == '\n' || character == '\r') && !quoted) {
                records.add(record.toString());
                record.setLength(0);
            } else {
                record.append(character);
            }
        }
        if (!record.isEmpty()) {
            records.add(record.toString());
        }
        return records;
    }

    private static int countOutsideQuotes(String line, char separator) {
        int count = 0;
        boolean quoted = false;
        for (int index = 0; index < line.length(); index++) {
            char character = line.charAt(index);
            if (character == '"') {
                quoted = !quoted;
            } else if (character == separator && !quoted) {
                count++;
            }
        }
        return count;
    }

    @Override
    public void close() {
        // nothing held: the text is in memory
    }
}
