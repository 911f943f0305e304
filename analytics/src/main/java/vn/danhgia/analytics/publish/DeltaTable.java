package vn.danhgia.analytics.publish;

import java.util.List;
import java.util.Objects;

/**
 * One Delta table of the lake as its latest snapshot has it: the version, the logical columns in table
 * order (partition columns included), and exactly the data files that snapshot holds.
 */
public record DeltaTable(String schema, String name, long version, List<Column> columns, List<DataFile> files) {

    public DeltaTable {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        files = List.copyOf(files);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(schema + "." + name + ": a table without columns");
        }
    }

    /** {@code schema.table}, as users write it. */
    public String qualifiedName() {
        return schema + "." + name;
    }

    /**
     * A column: its name, its type in DuckDB's spelling, and whether its values live in the file paths
     * (a partition column) rather than in the Parquet files.
     */
    public record Column(String name, String duckdbType, boolean partition) {
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(duckdbType, "duckdbType");
        }
    }
}
