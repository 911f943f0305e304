package vn.danhgia.etl.read;

/** Where a file's year or unit was found, in the order they are looked for. */
public enum FoundIn {
    /** A line of the title block above the header. */
    TITLE,
    /** A column of the rows (each row carries its own). */
    COLUMN,
    /** The file's name. */
    FILE_NAME,
    /** A folder the file is in. */
    FOLDER,
    /** The user's --year or --unit. */
    HINT
}
