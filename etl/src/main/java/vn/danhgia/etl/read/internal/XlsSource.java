package vn.danhgia.etl.read.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;

/** A legacy .xls (BIFF8) workbook. The format caps a sheet at 65,536 rows, so reading it whole is bounded. */
final class XlsSource implements TableSource {
    private final HSSFWorkbook workbook;
    private final CellText cellText = new CellText();

    private XlsSource(HSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    static XlsSource open(Path file) throws IOException {
        POIFSFileSystem fileSystem = new POIFSFileSystem(file.toFile(), true);
        try {
            return new XlsSource(new HSSFWorkbook(fileSystem.getRoot(), false));
        } catch (IOException | RuntimeException e) {
            fileSystem.close();
            throw e;
        }
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
