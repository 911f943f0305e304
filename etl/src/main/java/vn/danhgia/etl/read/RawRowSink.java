package vn.danhgia.etl.read;

/**
 * Receives a file's rows as they are read. Nothing is buffered for the sink: when reading fails midway
 * (a workbook damaged near its end), the reader throws after having delivered some rows, and the caller
 * must discard what it received for that file (the loader stages each file apart and drops it on error).
 */
public interface RawRowSink {
    void row(RawRow row);

    void issue(RowIssue issue);

    /** How the file is understood, once, before its first row (nothing by default). */
    default void understood(FileUnderstanding understanding) {}
}
