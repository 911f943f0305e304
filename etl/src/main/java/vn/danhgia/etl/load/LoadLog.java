package vn.danhgia.etl.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.form.InputKind;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.core.text.VietnameseText;
import vn.danhgia.etl.read.FileSummary;

/**
 * meta.load_log, and the rule that keeps the warehouse free of duplicates: a file read again, or a
 * newer file of the same kind, year and unit, replaces the earlier one's raw rows, and the earlier
 * log row says by which file it was superseded.
 */
final class LoadLog {
    private static final Logger LOG = LoggerFactory.getLogger(LoadLog.class);
    private static final Messages MESSAGES = Messages.of("vn.danhgia.etl.load.messages");
    static final String READ = "read";
    static final String SUPERSEDED = "superseded";

    private final Connection connection;
    private final String loadId;
    private final Clock clock;

    /** A file replaced by a newer one during this load, with what it was before. */
    private record Superseded(String loadId, String file, String status, InputKind kind, String by) {}

    private final List<Superseded> superseded = new ArrayList<>();
    /** The published warehouse this load started from (untouched until the new one replaces it). */
    private final Optional<java.nio.file.Path> published;

    LoadLog(Connection connection, String loadId, Clock clock, Optional<java.nio.file.Path> published) {
        this.published = published;
        this.connection = connection;
        this.loadId = loadId;
        this.clock = clock;
    }

    String loadId() {
        return loadId;
    }

    /** Logs a file just read, superseding earlier files with the same content or the same kind, year and unit. */
    void recordRead(FileSummary summary, String contentHash, Instant started) throws SQLException {
        supersede(summary, contentHash);
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into meta.load_log values (?, ?, ?, ?, null, ?, null, null, ?, null, ?, null, ?, null, ?, ?, ?)")) {
            insert.setString(1, loadId);
            insert.setString(2, summary.sourceFile());
            insert.setString(3, summary.kind().code());
            setInt(insert, 4, summary.year());
            insert.setLong(5, summary.rowsRead() + summary.rowIssues());
            insert.setString(6, READ);
            insert.setTimestamp(7, utc(started));
            insert.setString(8, contentHash);
            insert.setString(
                    9, summary.encoding().map(encoding -> encoding.code()).orElse(null));
            insert.setString(10, summary.unit().orElse(null));
            insert.setString(11, summary.unit().map(VietnameseText::fold).orElse(""));
            insert.executeUpdate();
        }
    }

    /**
     * The outcome of a file loaded before under the same name with the same content, whose rows stay
     * as they are (same load id, so the core tables come out identical), or empty.
     */
    Optional<FileOutcome> unchanged(String file, String contentHash, java.time.Duration time) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select load_id, kind, year, unit_text, rows_read, rows_loaded, rows_rejected from meta.load_log"
                        + " where file = ? and content_hash = ? and status in ('loaded', 'loaded_with_rejects')"
                        + " order by load_id desc limit 1")) {
            query.setString(1, file);
            query.setString(2, contentHash);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Integer year = (Integer) rows.getObject(3);
                return Optional.of(new FileOutcome(
                        file,
                        Optional.ofNullable(rows.getString(2)),
                        year == null ? OptionalInt.empty() : OptionalInt.of(year),
                        Optional.ofNullable(rows.getString(4)),
                        rows.getLong(5),
                        rows.getLong(6),
                        rows.getLong(7),
                        time,
                        FileOutcome.Status.UNCHANGED,
                        Optional.of(MESSAGES.format("load.unchanged", rows.getString(1)))));
            }
        }
    }

    void recordFailure(String file, String contentHash, String message, Instant started) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into meta.load_log values (?, ?, null, null, null, 0, 0, 0, ?, ?, ?, ?, ?, null, null, null, null)")) {
            insert.setString(1, loadId);
            insert.setString(2, file);
            insert.setString(3, FileOutcome.Status.FAILED.code());
            insert.setString(4, message);
            insert.setTimestamp(5, utc(started));
            insert.setTimestamp(6, utc(clock.instant()));
            insert.setString(7, contentHash);
            insert.executeUpdate();
        }
    }

    private void supersede(FileSummary summary, String contentHash) throws SQLException {
        String unitKey = summary.unit().map(VietnameseText::fold).orElse("");
        List<String[]> older = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select load_id, file, status from meta.load_log
                where kind = ? and status not in ('failed', 'superseded')
                    and (content_hash = ? or file = ? or (year = ? and unit_key = ? and unit_key <> ''))
                    and not (load_id = ? and file = ?)
                """)) {
            // a file naming no unit (monthly exports, registers) or no year replaces only itself
            query.setString(1, summary.kind().code());
            query.setString(2, contentHash);
            query.setString(3, summary.sourceFile());
            if (summary.year().isPresent()) {
                query.setInt(4, summary.year().get());
            } else {
                query.setNull(4, Types.INTEGER);
            }
            query.setString(5, unitKey);
            query.setString(6, loadId);
            query.setString(7, summary.sourceFile());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    older.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                }
            }
        }
        for (String[] old : older) {
            superseded.add(new Superseded(old[0], old[1], old[2], summary.kind(), summary.sourceFile()));
            removeRawRows(old[0], old[1], summary.kind());
            try (PreparedStatement update = connection.prepareStatement(
                    "update meta.load_log set status = ?, superseded_by = ? where load_id = ? and file = ?")) {
                update.setString(1, SUPERSEDED);
                update.setString(2, loadId + ":" + summary.sourceFile());
                update.setString(3, old[0]);
                update.setString(4, old[1]);
                update.executeUpdate();
            }
            LOG.info("{}: supersedes {} of load {}", summary.sourceFile(), old[1], old[0]);
        }
    }

    /** Deletes one file's rows of one load from raw, its pseudonym links and its read issues. */
    void removeRawRows(String fileLoadId, String file, InputKind kind) throws SQLException {
        for (String table : List.of("raw." + kind.code(), "raw.person_link")) {
            try (PreparedStatement delete =
                    connection.prepareStatement("delete from " + table + " where load_id = ? and source_file = ?")) {
                delete.setString(1, fileLoadId);
                delete.setString(2, file);
                delete.executeUpdate();
            }
        }
        try (PreparedStatement delete =
                connection.prepareStatement("delete from meta.read_issue where load_id = ? and file = ?")) {
            delete.setString(1, fileLoadId);
            delete.setString(2, file);
            delete.executeUpdate();
        }
    }

    /**
     * Counts each file's rejects (after the SQL pipeline ran), fails files with rejects under --strict
     * (removing their rows and running the pipeline again), and writes the final log rows.
     */
    List<FileOutcome> finish(List<Loader.Ingested> ingested, boolean strict, Runnable transformAgain)
            throws SQLException {
        java.util.Map<String, Long> failedStrictly = new java.util.HashMap<>();
        if (strict) {
            for (Loader.Ingested file : ingested) {
                long rejected = file.summary().isPresent() ? rejected(file.file()) : 0;
                if (rejected > 0) {
                    failedStrictly.put(file.file(), rejected);
                    removeRawRows(loadId, file.file(), file.summary().get().kind());
                    keepRejects(file.file());
                }
            }
        }
        if (!failedStrictly.isEmpty()) {
            restoreSupersededBy(failedStrictly.keySet());
            transformAgain.run();
        }
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Loader.Ingested file : ingested) {
            if (file.outcome().isPresent()) {
                outcomes.add(file.outcome().get());
                continue;
            }
            FileSummary summary = file.summary().orElseThrow();
            Optional<Superseded> replaced = superseded.stream()
                    .filter(old -> old.loadId().equals(loadId) && old.file().equals(file.file()))
                    .filter(old -> !failedStrictly.containsKey(old.by()))
                    .findFirst();
            if (replaced.isPresent()) {
                // read in this load, then replaced by a later file of the same load: nothing of it stays
                outcomes.add(new FileOutcome(
                        file.file(),
                        Optional.of(summary.kind().code()),
                        summary.year().map(OptionalInt::of).orElse(OptionalInt.empty()),
                        summary.unit(),
                        summary.rowsRead() + summary.rowIssues(),
                        0,
                        0,
                        file.time(),
                        FileOutcome.Status.SUPERSEDED,
                        Optional.of(MESSAGES.format(
                                "load.supersededBy", replaced.get().by()))));
                continue;
            }
            long read = summary.rowsRead() + summary.rowIssues();
            boolean failed = failedStrictly.containsKey(file.file());
            long rejected = failed ? failedStrictly.get(file.file()) : rejected(file.file());
            FileOutcome outcome = new FileOutcome(
                    file.file(),
                    Optional.of(summary.kind().code()),
                    summary.year().map(OptionalInt::of).orElse(OptionalInt.empty()),
                    summary.unit(),
                    read,
                    failed ? 0 : read - rejected,
                    rejected,
                    file.time(),
                    failed
                            ? FileOutcome.Status.FAILED
                            : rejected == 0 ? FileOutcome.Status.LOADED : FileOutcome.Status.LOADED_WITH_REJECTS,
                    failed ? Optional.of(MESSAGES.format("load.strictFailed", file.file())) : Optional.empty());
            update(outcome);
            outcomes.add(outcome);
        }
        return outcomes;
    }

    /**
     * Under --strict a file that failed must not take its predecessor with it: the files it superseded
     * from earlier loads get their rows back from the published warehouse, which this load has not
     * touched (it works on a copy).
     */
    private void restoreSupersededBy(java.util.Set<String> failedFiles) throws SQLException {
        List<Superseded> restore = superseded.stream()
                .filter(old -> failedFiles.contains(old.by()) && !old.loadId().equals(loadId))
                .toList();
        if (restore.isEmpty() || published.isEmpty() || !java.nio.file.Files.exists(published.get())) {
            return;
        }
        String path = published.get().toString().replace("'", "''");
        try (var statement = connection.createStatement()) {
            statement.execute("attach '" + path + "' as published (read_only)");
        }
        try {
            for (Superseded old : restore) {
                copyBack("raw." + old.kind().code(), "source_file", old);
                copyBack("raw.person_link", "source_file", old);
                copyBack("meta.read_issue", "file", old);
                try (PreparedStatement update = connection.prepareStatement(
                        "update meta.load_log set status = ?, superseded_by = null where load_id = ? and file = ?")) {
                    update.setString(1, old.status());
                    update.setString(2, old.loadId());
                    update.setString(3, old.file());
                    update.executeUpdate();
                }
                LOG.info("{}: restored, since {} failed under --strict", old.file(), old.by());
            }
        } finally {
            try (var statement = connection.createStatement()) {
                statement.execute("detach published");
            }
        }
    }

    private void copyBack(String table, String fileColumn, Superseded old) throws SQLException {
        try (PreparedStatement copy = connection.prepareStatement("insert into " + table + " select * from published."
                + table + " where load_id = ? and " + fileColumn + " = ?")) {
            copy.setString(1, old.loadId());
            copy.setString(2, old.file());
            copy.executeUpdate();
        }
    }

    /** Under --strict a failed file's rows leave raw; its rejects stay listed so the unit can fix them. */
    private void keepRejects(String file) throws SQLException {
        try (PreparedStatement copy = connection.prepareStatement(
                "insert into meta.read_issue select * from meta.rejects where load_id = ? and file = ?")) {
            copy.setString(1, loadId);
            copy.setString(2, file);
            copy.executeUpdate();
        }
    }

    private long rejected(String file) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select count(distinct coalesce(sheet, '') || '#' || row) from meta.rejects where load_id = ? and file = ?")) {
            query.setString(1, loadId);
            query.setString(2, file);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void update(FileOutcome outcome) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update meta.load_log
                set rows_loaded = ?, rows_rejected = ?, status = ?, message = ?, finished_at = ?,
                    unit_code = (select max(a.unit_code) from meta.unit_text_key k
                                 join core.unit_alias a on a.match_key = k.match_key
                                 where k.unit_text = meta.load_log.unit_text)
                where load_id = ? and file = ?
                """)) {
            update.setLong(1, outcome.rowsLoaded());
            update.setLong(2, outcome.rowsRejected());
            update.setString(3, outcome.status().code());
            update.setString(4, outcome.message().orElse(null));
            update.setTimestamp(5, utc(clock.instant()));
            update.setString(6, loadId);
            update.setString(7, outcome.file());
            update.executeUpdate();
        }
    }

    private static void setInt(PreparedStatement insert, int index, Optional<Integer> value) throws SQLException {
        if (value.isPresent()) {
            insert.setInt(index, value.get());
        } else {
            insert.setNull(index, Types.INTEGER);
        }
    }

    /** Timestamps are stored in UTC (sql/README.md). */
    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
