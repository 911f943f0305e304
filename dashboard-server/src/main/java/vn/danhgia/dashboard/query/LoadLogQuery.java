package vn.danhgia.dashboard.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import vn.danhgia.dashboard.query.DataQuery.LoadEntry;

/** The load log a page at a time, newest first, with its totals by status. */
public final class LoadLogQuery {
    private final Connection connection;

    public LoadLogQuery(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /** Files of the log with one status. */
    public record StatusCount(String status, long countFiles) {
        public StatusCount {
            Checks.text("status", status);
            Checks.count("countFiles", countFiles);
        }
    }

    /** One page of the log and the totals it is a page of. */
    public record LoadLogPage(
            List<LoadEntry> entries,
            int page,
            int pageSize,
            long countFiles,
            long countLoads,
            List<StatusCount> byStatus) {
        public LoadLogPage {
            entries = List.copyOf(entries);
            byStatus = List.copyOf(byStatus);
            if (page < 1 || pageSize < 1) {
                throw new IllegalArgumentException("page and pageSize start at 1");
            }
            Checks.count("countFiles", countFiles);
            Checks.count("countLoads", countLoads);
        }

        public int pageCount() {
            return (int) Math.max(1, (countFiles + pageSize - 1) / pageSize);
        }
    }

    /** Page {@code page} (from 1) of {@code pageSize} rows. */
    public LoadLogPage page(int page, int pageSize) throws SQLException {
        record Counted(StatusCount count, long loads) {}
        List<Counted> counts = SqlQueries.list(
                connection,
                "data_load_log_count",
                row -> new Counted(
                        new StatusCount(row.string("status"), row.count("count_files")), row.count("count_loads")));
        long files = counts.stream()
                .mapToLong(counted -> counted.count().countFiles())
                .sum();
        long loads = counts.isEmpty() ? 0 : counts.get(0).loads();
        List<LoadEntry> entries = SqlQueries.list(
                connection, "data_load_log_page", LoadLogQuery::entry, (long) (page - 1) * pageSize, pageSize);
        return new LoadLogPage(
                entries,
                page,
                pageSize,
                files,
                loads,
                counts.stream().map(Counted::count).toList());
    }

    private static LoadEntry entry(SqlQueries.Row row) throws SQLException {
        return new LoadEntry(
                row.string("load_id"),
                row.string("file"),
                row.optionalString("kind"),
                row.optionalInteger("year"),
                row.optionalString("unit_code"),
                row.optionalString("unit_text"),
                row.string("status"),
                row.count("rows_read"),
                row.count("rows_loaded"),
                row.count("rows_rejected"),
                row.optionalString("message"),
                row.optionalTimestamp("started_at"),
                row.optionalTimestamp("finished_at"),
                row.optionalString("superseded_by"));
    }
}
