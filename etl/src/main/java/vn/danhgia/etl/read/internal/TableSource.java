package vn.danhgia.etl.read.internal;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * An opened file as named tables of rows: the sheets of a workbook, or the one table of a text file.
 * Rows are streamed; each sheet's rows may be iterated once per opening.
 */
public interface TableSource extends Closeable {
    /** The sheet names; a text file has one table with no name. */
    List<Optional<String>> sheetNames();

    /** The rows of one sheet in order; blank rows may be left out. */
    Iterator<TableRow> rows(int sheet);

    @Override
    void close();
}
