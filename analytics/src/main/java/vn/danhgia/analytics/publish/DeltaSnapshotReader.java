package vn.danhgia.analytics.publish;

import io.delta.kernel.Snapshot;
import io.delta.kernel.TableManager;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.exceptions.KernelException;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.types.StructField;
import io.delta.kernel.utils.CloseableIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;

/**
 * Reads a Delta table's latest snapshot with Delta Kernel, without Spark: its version, its schema and
 * the Parquet files that snapshot holds. Only those files are live: after a MERGE, DELETE or overwrite
 * the folder still holds the replaced ones until VACUUM, so listing the folder would count rows twice.
 *
 * <p>A table is refused when its files alone do not give its rows: deletion vectors (rows deleted in
 * a side file DuckDB would not apply) or column mapping (Parquet column names that differ from the
 * table's).
 */
public final class DeltaSnapshotReader {
    private static final Logger LOG = LoggerFactory.getLogger(DeltaSnapshotReader.class);
    private static final Messages LAKE_MESSAGES = Messages.of("vn.danhgia.etl.lake.messages");

    private final Engine engine;

    public DeltaSnapshotReader() {
        this.engine = DefaultEngine.create(new Configuration());
    }

    /** The latest snapshot of the Delta table in {@code folder}, known to users as {@code schema.name}. */
    public DeltaTable read(String schema, String name, Path folder) {
        String qualifiedName = schema + "." + name;
        try {
            Snapshot snapshot =
                    TableManager.loadSnapshot(folder.toUri().toString()).build(engine);
            refuseColumnMapping(qualifiedName, snapshot);
            boolean deletionVectorsEnabled = deletionVectorsEnabled(snapshot);
            if (deletionVectorsEnabled) {
                throw refused("lake.deletionVectors", qualifiedName);
            }
            List<DeltaTable.Column> columns = columns(snapshot);
            List<DataFile> files = activeFiles(qualifiedName, snapshot);
            LOG.info("{}: version {}, {} active files", qualifiedName, snapshot.getVersion(), files.size());
            return new DeltaTable(schema, name, snapshot.getVersion(), columns, files);
        } catch (KernelException | UncheckedIOException | IllegalArgumentException e) {
            throw new DanhgiaException(
                    ErrorCode.WAREHOUSE_UNAVAILABLE,
                    LAKE_MESSAGES.format("lake.unreadable", folder, e.getMessage()),
                    null,
                    e);
        }
    }

    private static void refuseColumnMapping(String qualifiedName, Snapshot snapshot) {
        String mode = snapshot.getTableProperties().getOrDefault("delta.columnMapping.mode", "none");
        if (!mode.equalsIgnoreCase("none")) {
            throw new DanhgiaException(
                    ErrorCode.INVALID_CONFIGURATION, LAKE_MESSAGES.format("lake.columnMapping", qualifiedName, mode));
        }
    }

    /** The feature alone is harmless (Delta 4 may list it while the property keeps it off). */
    private static boolean deletionVectorsEnabled(Snapshot snapshot) {
        boolean supported = snapshot.getProtocol().getReaderAndWriterFeatures().contains("deletionVectors");
        String enabled = snapshot.getTableProperties().getOrDefault("delta.enableDeletionVectors", "false");
        return supported && enabled.equalsIgnoreCase("true");
    }

    private static List<DeltaTable.Column> columns(Snapshot snapshot) {
        List<String> partitionColumns = snapshot.getPartitionColumnNames().stream()
                .map(column -> column.toLowerCase(Locale.ROOT))
                .toList();
        List<DeltaTable.Column> columns = new ArrayList<>();
        for (StructField field : snapshot.getSchema().fields()) {
            columns.add(new DeltaTable.Column(
                    field.getName(),
                    DuckdbTypes.of(field.getDataType()),
                    partitionColumns.contains(field.getName().toLowerCase(Locale.ROOT))));
        }
        return columns;
    }

    /**
     * The files of the snapshot's scan. Kernel hands them as scan-file rows; reading their {@code add}
     * entry goes through {@code InternalScanFileUtils}, as Kernel's own examples and connectors do.
     */
    private List<DataFile> activeFiles(String qualifiedName, Snapshot snapshot) {
        List<DataFile> files = new ArrayList<>();
        try (CloseableIterator<FilteredColumnarBatch> batches =
                snapshot.getScanBuilder().build().getScanFiles(engine)) {
            while (batches.hasNext()) {
                try (CloseableIterator<Row> rows = batches.next().getRows()) {
                    while (rows.hasNext()) {
                        Row row = rows.next();
                        if (InternalScanFileUtils.getDeletionVectorDescriptorFromRow(row) != null) {
                            throw refused("lake.deletionVectors", qualifiedName);
                        }
                        files.add(new DataFile(
                                InternalScanFileUtils.getAddFileStatus(row).getPath(),
                                partitionValues(InternalScanFileUtils.getPartitionValues(row))));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Delta writes a null partition value as a missing or null entry: both become empty. */
    private static Map<String, Optional<String>> partitionValues(Map<String, String> values) {
        Map<String, Optional<String>> result = new HashMap<>();
        values.forEach((column, value) -> result.put(column.toLowerCase(Locale.ROOT), Optional.ofNullable(value)));
        return result;
    }

    private static DanhgiaException refused(String key, String qualifiedName) {
        return new DanhgiaException(ErrorCode.INVALID_CONFIGURATION, LAKE_MESSAGES.format(key, qualifiedName));
    }
}
