package vn.danhgia.analytics.publish;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The statements that copy one Delta table into DuckDB. They are built here, not read from a .sql
 * file, because what varies is not values: table and column names (identifiers cannot be parameters)
 * and the file list of read_parquet (a table function's arguments must be constants when the statement
 * is planned). Every name and path goes through {@link #identifier} or {@link #literal}.
 */
final class ServingSql {
    private ServingSql() {}

    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String literal(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }

    static String tableName(DeltaTable table) {
        return identifier(table.schema()) + "." + identifier(table.name());
    }

    /** The table with the snapshot's columns, in the snapshot's order. */
    static String createTable(DeltaTable table) {
        return table.columns().stream()
                .map(column -> identifier(column.name()) + " " + column.duckdbType())
                .collect(Collectors.joining(", ", "create table " + tableName(table) + " (", ")"));
    }

    /**
     * Inserts the rows of files that share their partition values: data columns are read from the
     * Parquet files (cast to the table's types, so files written before a type widening still fit);
     * partition columns are not in the files, so each gets its value from Delta's log as a constant.
     */
    static String insertFiles(DeltaTable table, Map<String, Optional<String>> partitionValues, List<DataFile> files) {
        String columns = table.columns().stream()
                .map(column -> {
                    String value = column.partition()
                            ? partitionValues
                                    .getOrDefault(column.name().toLowerCase(java.util.Locale.ROOT), Optional.empty())
                                    .map(ServingSql::literal)
                                    .orElse("null")
                            : identifier(column.name());
                    return "cast(" + value + " as " + column.duckdbType() + ") as " + identifier(column.name());
                })
                .collect(Collectors.joining(", "));
        String paths =
                files.stream().map(file -> literal(localPath(file.path()))).collect(Collectors.joining(", ", "[", "]"));
        // hive_partitioning off: the partition values come from the log, never from folder names
        return "insert into " + tableName(table) + " select " + columns + " from read_parquet(" + paths
                + ", hive_partitioning = false, union_by_name = true)";
    }

    /** Kernel gives absolute URLs ({@code file:/lake/core/x/year=2024/part-0.parquet}); DuckDB wants paths. */
    static String localPath(String path) {
        if (!path.startsWith("file:")) {
            return path;
        }
        try {
            return Path.of(new URI(path)).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            // an unencoded URL (a space in a folder name): drop the scheme and any authority
            return path.replaceFirst("^file:(//)?", "");
        }
    }
}
