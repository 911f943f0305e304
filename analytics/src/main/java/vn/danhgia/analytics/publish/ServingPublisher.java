package vn.danhgia.analytics.publish;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.core.sql.WarehouseSchema;
import vn.danhgia.core.warehouse.WarehouseSnapshot;

/**
 * Builds the dashboard's DuckDB file from the lake's Delta tables and swaps it in atomically.
 *
 * <p>Every table's snapshot is read (and refused, if it has to be) before DuckDB is touched, so a bad
 * table leaves the published file as it was. The new file starts empty, not as a copy of the old one:
 * it must hold the lake's content and nothing else. It gets the warehouse DDL first (schemas, and the
 * tables the lake may lack, e.g. raw's, left empty), then each lake table recreated from its Delta schema.
 */
public final class ServingPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(ServingPublisher.class);
    private static final Messages MESSAGES = Messages.of("vn.danhgia.analytics.publish.messages");
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS");
    private static final String AUDIT =
            "insert into meta.audit (occurred_at, actor, action, object, detail) " + "values (?, ?, 'publish', ?, ?)";

    private final DeltaSnapshotReader reader;
    private final Clock clock;
    private final String actor;

    public ServingPublisher(DeltaSnapshotReader reader, Clock clock, String actor) {
        this.reader = reader;
        this.clock = clock;
        this.actor = actor;
    }

    /** Publishes every served table of {@code lake} to {@code warehouse}. */
    public Publication publish(LakeLayout lake, Path warehouse) {
        Instant start = clock.instant();
        List<DeltaTable> tables = lake.servedTables().stream()
                .map(folder -> reader.read(folder.schema(), folder.table(), folder.folder()))
                .toList();
        String runId = "publish-" + RUN_ID.format(LocalDateTime.ofInstant(start, ZoneOffset.UTC));
        List<PublishedTable> published = new ArrayList<>();
        try (WarehouseSnapshot snapshot = WarehouseSnapshot.beginEmpty(warehouse, runId)) {
            Connection connection = snapshot.connection();
            try {
                prepare(connection);
                for (DeltaTable table : tables) {
                    published.add(copy(connection, table));
                }
                audit(connection, lake, tables, start);
            } catch (SQLException e) {
                throw new DanhgiaException(
                        ErrorCode.WAREHOUSE_UNAVAILABLE,
                        MESSAGES.format("publish.failed", warehouse, e.getMessage()),
                        null,
                        e);
            }
            snapshot.publish();
        }
        return new Publication(lake.root(), warehouse, published, Duration.between(start, clock.instant()));
    }

    private static void prepare(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // Delta timestamps are instants; the lake's Spark sessions show them in UTC, so does the warehouse
            statement.execute("set TimeZone = 'UTC'");
        }
        WarehouseSchema.fromClasspath().apply(connection);
    }

    private static PublishedTable copy(Connection connection, DeltaTable table) throws SQLException {
        long rows = 0;
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists " + ServingSql.tableName(table));
            statement.execute(ServingSql.createTable(table));
            for (Map.Entry<Map<String, Optional<String>>, List<DataFile>> group :
                    byPartition(table).entrySet()) {
                rows += statement.executeUpdate(ServingSql.insertFiles(table, group.getKey(), group.getValue()));
            }
        }
        LOG.info(
                "{}: version {}, {} files, {} rows",
                table.qualifiedName(),
                table.version(),
                table.files().size(),
                rows);
        return new PublishedTable(
                table.qualifiedName(), table.version(), table.files().size(), rows);
    }

    /** One insert per partition: the partition values are constants of its select. */
    private static Map<Map<String, Optional<String>>, List<DataFile>> byPartition(DeltaTable table) {
        return table.files().stream()
                .collect(Collectors.groupingBy(DataFile::partitionValues, LinkedHashMap::new, Collectors.toList()));
    }

    /** One meta.audit row: which lake, and the Delta version of every table, so the snapshot can be traced. */
    private void audit(Connection connection, LakeLayout lake, List<DeltaTable> tables, Instant start)
            throws SQLException {
        if (!hasAuditTable(connection)) {
            LOG.warn("meta.audit: no such table with the expected columns; publish not recorded");
            return;
        }
        String versions = tables.stream()
                .map(table -> table.qualifiedName() + "@" + table.version())
                .collect(Collectors.joining(", "));
        try (PreparedStatement insert = connection.prepareStatement(AUDIT)) {
            insert.setObject(1, LocalDateTime.ofInstant(start, ZoneOffset.UTC));
            insert.setString(2, actor);
            insert.setString(3, lake.root().toUri().toString());
            insert.setString(4, versions);
            insert.executeUpdate();
        }
    }

    private static boolean hasAuditTable(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select count(*) from information_schema.columns "
                        + "where table_schema = 'meta' and table_name = 'audit' "
                        + "and column_name in ('occurred_at', 'actor', 'action', 'object', 'detail')");
                ResultSet result = query.executeQuery()) {
            return result.next() && result.getInt(1) == 5;
        }
    }
}
