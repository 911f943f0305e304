package vn.danhgia.etl.read.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
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
    private static final Pattern TYPED = Pattern.compile(
            "[-+]?\\d+([.,]\\d+)?%?|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{4}");

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
                    typed[column] = TYPED.matcher(values[column]).matches();
                }
                return new TableRow(line, values, typed);
            }
        };
    }

    /**
     * The separator that splits the sampled lines into the most columns, consistently: among candidates
     * that give the same count on at least 60% of the lines, the one with the highest count. So a
     * semicolon file with decimal commas ('92,4;87,5') is split on semicolons.
     */
    static char detectSeparator(String text) {
        List<String> lines =
                text.lines().filter(line -> !line.isBlank()).limit(SAMPLE_LINES).toList();
        char best = ',';
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
            if (consistent && mode > bestCount) {
                best = candidate;
                bestCount = mode;
            }
        }
        return best;
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
