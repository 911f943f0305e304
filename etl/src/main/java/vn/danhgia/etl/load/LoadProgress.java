package vn.danhgia.etl.load;

/** Hears how far a load is: the CLI shows it as a progress bar. */
public interface LoadProgress {
    LoadProgress NONE = new LoadProgress() {};

    default void started(int files) {}

    default void fileRead(String file) {}

    /** The files are read; the SQL models run now. */
    default void transforming() {}
}
