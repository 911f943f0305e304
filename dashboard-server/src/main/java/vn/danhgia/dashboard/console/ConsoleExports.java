package vn.danhgia.dashboard.console;

import vn.danhgia.dashboard.export.ExportTable;

/** A run's result as the table the CSV and XLSX exports write. */
public final class ConsoleExports {
    private ConsoleExports() {}

    /** The run's rows (every one kept, up to the cap) under the column names; the run must have a result. */
    public static ExportTable table(ConsoleRun run) {
        return ResultExport.of("truy-van-" + run.id(), run.result().orElseThrow());
    }
}
