package vn.danhgia.etl.read.internal;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * An xlsx workbook read with the streaming reader: rows are parsed as they are iterated, so a sheet of a
 * million rows never becomes an object model in memory (only the shared strings table is kept).
 */
final class XlsxSource implements TableSource {
    private static final int ROW_CACHE = 200;
    private static final int BUFFER = 1 << 16;

    private final Workbook workbook;
    private final CellText cellText = new CellText();

    private XlsxSource(Workbook workbook) {
        this.workbook = workbook;
    }

    /** Opens the workbook; failures surface as the streaming reader's runtime exceptions. */
    static XlsxSource open(Path file) {
        Workbook workbook = StreamingReader.builder()
                .rowCacheSize(ROW_CACHE)
                .bufferSize(BUFFER)
                .setReadStyles(true)
                .setReadComments(false)
                .setReadHyperlinks(false)
                .setReadShapes(false)
                .setReadCoreProperties(false)
                .open(file.toFile());
        return new XlsxSource(workbook);
    }

    @Override
    public List<Optional<String>> sheetNames() {
        List<Optional<String>> names = new ArrayList<>();
        for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
            names.add(Optional.of(workbook.getSheetName(index)));
        }
        return List.copyOf(names);
    }

    @Override
    public Iterator<TableRow> rows(int sheet) {
        Iterator<Row> rows = workbook.getSheetAt(sheet).rowIterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public TableRow next() {
                return cellText.convert(rows.next(), Columns.MAX);
            }
        };
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
