package vn.danhgia.etl.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * A row of meta.load_log as this load sees it: the rows of earlier loads, read once when the load
     * starts, and this load's own, kept here and written in one go before the SQL pipeline (a query
     * and an insert per file cost more than reading a small file).
     */
    private static final class Entry {
        final String loadId;
        final String file;
        final String kind;
        final Integer year;
        final String unitText;
        final String unitKey;
        final String contentHash;
        final long rowsRead;
        final long rowsLoaded;
        final long rowsRejected;
        /** When this load began reading the file, in UTC epoch milliseconds (0 for earlier loads' rows). */
        final long startedAt;

        final String encoding;
        final String message;

        String status;
        String supersededBy;

        Entry(
                String loadId,
                String file,
                String kind,
                Integer year,
                String unitText,
                String unitKey,
                String contentHash,
                long rowsRead,
                long rowsLoaded,
                long rowsRejected,
                long startedAt,
                String encoding,
                String message,
                String status) {
            this.loadId = loadId;
            this.file = file;
            this.kind = kind;
            this.year = year;
            this.unitText = unitText;
            this.unitKey = unitKey;
            this.contentHash = contentHash;
            this.rowsRead = rowsRead;
            this.rowsLoaded = rowsLoaded;
            this.rowsRejected = rowsRejected;
            this.startedAt = startedAt;
            this.encoding = encoding;
            this.message = message;
            this.status = status;
        }

        /** The folder the file sits in, relative to the folder given to load ("" for none). */
        String folder() {
            return folderOf(file);
        }

        boolean active() {
            return !status.equals(FileOutcome.Status.FAILED.code()) && !status.equals(SUPERSEDED);
        }
    }

    /**
     * Active entries (neither failed nor superseded) by the keys a new file can supersede them by. A
     * key's value is one Entry, or a List of them when several share it: nearly every key has one, and
     * a national load has 600,000 files, so a list per key would cost more than the entries.
     */
    private final Map<String, Object> byHash = new HashMap<>();

    private final Map<String, Object> byFile = new HashMap<>();
    private final Map<UnitIndexKey, Object> byUnit = new HashMap<>();

    /** A unit's kind, year and folded name: the key a newer file supersedes an older one by. */
    private record UnitIndexKey(String kind, int year, String unitKey) {}

    /** One copy of each unit name and folded name: a unit sends a file of each kind every year. */
    private final Map<String, String> texts = new HashMap<>();
    /** This load's rows, in the order the files were read. */
    private final List<Entry> pending = new ArrayList<>();
    /** Called before raw rows are deleted, so that rows still held by appenders are there to delete. */
    private final SqlAction beforeDelete;

    /** A step that may fail with a SQLException. */
    @FunctionalInterface
    interface SqlAction {
        void run() throws SQLException;
    }

    LoadLog(
            Connection connection,
            String loadId,
            Clock clock,
            Optional<java.nio.file.Path> published,
            SqlAction beforeDelete)
            throws SQLException {
        this.published = published;
        this.connection = connection;
        this.loadId = loadId;
        this.clock = clock;
        this.beforeDelete = beforeDelete;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select load_id, file, kind, year, unit_text, unit_key, content_hash, rows_read,
                            rows_loaded, rows_rejected, status
                        from meta.load_log
                        where status not in ('failed', 'superseded')
                        order by load_id, file
                        """)) {
            while (rows.next()) {
                index(new Entry(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        (Integer) rows.getObject(4),
                        shared(rows.getString(5)),
                        rows.getString(6) == null ? "" : shared(rows.getString(6)),
                        rows.getString(7),
                        rows.getLong(8),
                        rows.getLong(9),
                        rows.getLong(10),
                        0,
                        null,
                        null,
                        rows.getString(11)));
            }
        }
    }

    String loadId() {
        return loadId;
    }

    private void index(Entry entry) {
        if (entry.contentHash != null) {
            put(byHash, entry.contentHash, entry);
        }
        put(byFile, entry.file, entry);
        if (entry.year != null && !entry.unitKey.isEmpty()) {
            put(byUnit, new UnitIndexKey(entry.kind, entry.year, entry.unitKey), entry);
        }
    }

    private static <K> void put(Map<K, Object> index, K key, Entry entry) {
        index.merge(key, entry, (earlier, added) -> {
            if (earlier instanceof Entry one) {
                List<Entry> several = new ArrayList<>(2);
                several.add(one);
                several.add(entry);
                return several;
            }
            @SuppressWarnings("unchecked")
            List<Entry> several = (List<Entry>) earlier;
            several.add(entry);
            return several;
        });
    }

    @SuppressWarnings("unchecked")
    private static <K> List<Entry> get(Map<K, Object> index, K key) {
        Object value = index.get(key);
        if (value == null) {
            return List.of();
        }
        return value instanceof Entry one ? List.of(one) : (List<Entry>) value;
    }

    private String shared(String text) {
        return text == null ? null : texts.computeIfAbsent(text, same -> same);
    }

    /**
     * Logs a file just read, superseding earlier files with the same content or the same kind, year and
     * unit. Returns the unit name as kept (one copy per name), or null for a file naming none.
     */
    String recordRead(FileSummary summary, String contentHash, Instant started) throws SQLException {
        supersede(summary, contentHash);
        String unit = shared(summary.unit().orElse(null));
        Entry entry = new Entry(
                loadId,
                summary.sourceFile(),
                summary.kind().code(),
                summary.year().orElse(null),
                unit,
                unit == null ? "" : shared(VietnameseText.fold(unit)),
                contentHash,
                summary.rowsRead() + summary.rowIssues(),
                0,
                0,
                started.toEpochMilli(),
                summary.encoding().map(encoding -> encoding.code()).orElse(null),
                null,
                READ);
        pending.add(entry);
        index(entry);
        return unit;
    }

    /**
     * The outcome of a file loaded before under the same name with the same content, whose rows stay
     * as they are (same load id, so the core tables come out identical), or empty.
     */
    Optional<FileOutcome> unchanged(String file, String contentHash, java.time.Duration time) {
        return get(byFile, file).stream()
                .filter(entry -> !entry.loadId.equals(loadId))
                .filter(entry -> contentHash.equals(entry.contentHash))
                .filter(entry -> entry.status.equals(FileOutcome.Status.LOADED.code())
                        || entry.status.equals(FileOutcome.Status.LOADED_WITH_REJECTS.code()))
                .max(java.util.Comparator.comparing(entry -> entry.loadId))
                .map(entry -> new FileOutcome(
                        file,
                        Optional.ofNullable(entry.kind),
                        entry.year == null ? OptionalInt.empty() : OptionalInt.of(entry.year),
                        Optional.ofNullable(entry.unitText),
                        entry.rowsRead,
                        entry.rowsLoaded,
                        entry.rowsRejected,
                        time,
                        FileOutcome.Status.UNCHANGED,
                        Optional.of(MESSAGES.format("load.unchanged", entry.loadId))));
    }

    void recordFailure(String file, String contentHash, String message, Instant started) {
        pending.add(new Entry(
                loadId,
                file,
                null,
                null,
                null,
                "",
                contentHash,
                0,
                0,
                0,
                started.toEpochMilli(),
                null,
                message,
                FileOutcome.Status.FAILED.code()));
    }

    /** Writes this load's rows of meta.load_log (before the SQL pipeline, which reads them). */
    void writePending() throws SQLException {
        try (TableAppender append = TableAppender.open(connection, "meta", "load_log")) {
            java.time.LocalDateTime now = utc(clock.instant()).toLocalDateTime();
            for (Entry entry : pending) {
                boolean failed = entry.status.equals(FileOutcome.Status.FAILED.code());
                append.row(
                        entry.loadId,
                        entry.file,
                        entry.kind,
                        entry.year,
                        null, // unit_code: resolved in finish, once core.unit_alias exists
                        (int) entry.rowsRead,
                        (int) entry.rowsLoaded,
                        (int) entry.rowsRejected,
                        entry.status,
                        entry.message,
                        LocalDateTime.ofInstant(Instant.ofEpochMilli(entry.startedAt), ZoneOffset.UTC),
                        failed ? now : null,
                        entry.contentHash,
                        entry.supersededBy,
                        entry.encoding,
                        entry.unitText,
                        failed ? null : entry.unitKey);
            }
        }
    }

    private void supersede(FileSummary summary, String contentHash) throws SQLException {
        String unitKey = summary.unit().map(VietnameseText::fold).orElse("");
        String kind = summary.kind().code();
        // a file naming no unit (monthly exports, registers) or no year replaces only itself
        java.util.LinkedHashSet<Entry> older = new java.util.LinkedHashSet<>();
        // the same bytes again are the same file sent again, unless the two name different units or
        // years (a summary whose unit is only in its file name can match another unit's byte for byte)
        Integer year = summary.year().orElse(null);
        get(byHash, contentHash).stream()
                .filter(entry -> entry.unitKey.isEmpty() || unitKey.isEmpty() || entry.unitKey.equals(unitKey))
                .filter(entry -> entry.year == null || year == null || entry.year.equals(year))
                .forEach(older::add);
        older.addAll(get(byFile, summary.sourceFile()));
        if (summary.year().isPresent() && !unitKey.isEmpty()) {
            // the same name in two folders can be two units (a "xã Nam Xá" in each of two districts'
            // folders): a newer file replaces an older one of the same name only in its own folder.
            // Anywhere else both stay, and a person in both is rejected as a duplicate, never lost.
            String folder = folderOf(summary.sourceFile());
            get(byUnit, new UnitIndexKey(kind, summary.year().get(), unitKey)).stream()
                    .filter(entry -> entry.folder().equals(folder))
                    .forEach(older::add);
        }
        older.removeIf(entry -> !entry.active()
                || !kind.equals(entry.kind)
                || (entry.loadId.equals(loadId) && entry.file.equals(summary.sourceFile())));
        if (older.isEmpty()) {
            return;
        }
        beforeDelete.run();
        for (Entry old : older) {
            superseded.add(new Superseded(old.loadId, old.file, old.status, summary.kind(), summary.sourceFile()));
            removeRawRows(old.loadId, old.file, summary.kind());
            old.status = SUPERSEDED;
            old.supersededBy = loadId + ":" + summary.sourceFile();
            if (!old.loadId.equals(loadId)) {
                try (PreparedStatement update = connection.prepareStatement(
                        "update meta.load_log set status = ?, superseded_by = ? where load_id = ? and file = ?")) {
                    update.setString(1, SUPERSEDED);
                    update.setString(2, loadId + ":" + summary.sourceFile());
                    update.setString(3, old.loadId);
                    update.setString(4, old.file);
                    update.executeUpdate();
                }
            }
            LOG.info("{}: supersedes {} of load {}", summary.sourceFile(), old.file, old.loadId);
        }
    }

    static String folderOf(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
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
        Map<String, Long> rejectedByFile = rejectedByFile();
        // files of this load that a later file of it replaced, by name (a list scan per file is quadratic)
        Map<String, List<Superseded>> supersededHere = new HashMap<>();
        for (Superseded old : superseded) {
            if (old.loadId().equals(loadId)) {
                supersededHere
                        .computeIfAbsent(old.file(), key -> new ArrayList<>())
                        .add(old);
            }
        }
        java.util.Map<String, Long> failedStrictly = new java.util.HashMap<>();
        if (strict) {
            for (Loader.Ingested file : ingested) {
                long rejected = file.kind().isPresent() ? rejectedByFile.getOrDefault(file.file(), 0L) : 0;
                if (rejected > 0) {
                    failedStrictly.put(file.file(), rejected);
                    removeRawRows(loadId, file.file(), file.kind().get());
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
            String kind = file.kind().orElseThrow().code();
            OptionalInt year = file.year().map(OptionalInt::of).orElse(OptionalInt.empty());
            Optional<Superseded> replaced = supersededHere.getOrDefault(file.file(), List.of()).stream()
                    .filter(old -> !failedStrictly.containsKey(old.by()))
                    .findFirst();
            if (replaced.isPresent()) {
                // read in this load, then replaced by a later file of the same load: nothing of it stays
                outcomes.add(new FileOutcome(
                        file.file(),
                        Optional.of(kind),
                        year,
                        file.unit(),
                        file.rowsRead(),
                        0,
                        0,
                        file.time(),
                        FileOutcome.Status.SUPERSEDED,
                        Optional.of(MESSAGES.format(
                                "load.supersededBy", replaced.get().by()))));
                continue;
            }
            long read = file.rowsRead();
            boolean failed = failedStrictly.containsKey(file.file());
            long rejected = failed ? failedStrictly.get(file.file()) : rejectedByFile.getOrDefault(file.file(), 0L);
            FileOutcome outcome = new FileOutcome(
                    file.file(),
                    Optional.of(kind),
                    year,
                    file.unit(),
                    read,
                    failed ? 0 : read - rejected,
                    rejected,
                    file.time(),
                    failed
                            ? FileOutcome.Status.FAILED
                            : rejected == 0 ? FileOutcome.Status.LOADED : FileOutcome.Status.LOADED_WITH_REJECTS,
                    failed ? Optional.of(MESSAGES.format("load.strictFailed", file.file())) : Optional.empty());
            outcomes.add(outcome);
        }
        update(outcomes.stream()
                .filter(outcome -> outcome.status() != FileOutcome.Status.UNCHANGED
                        && outcome.status() != FileOutcome.Status.SUPERSEDED)
                .filter(outcome -> !(outcome.status() == FileOutcome.Status.FAILED
                        && outcome.kind().isEmpty()))
                .toList());
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
        try (PreparedStatement attach = connection.prepareStatement("attach ? as published (read_only)")) {
            attach.setString(1, published.get().toString());
            attach.execute();
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

    /** Each file's count of rejected rows in this load (after the SQL pipeline ran). */
    private Map<String, Long> rejectedByFile() throws SQLException {
        Map<String, Long> rejected = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select file, count(distinct coalesce(sheet, '') || '#' || row) from meta.rejects"
                        + " where load_id = ? group by file")) {
            query.setString(1, loadId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    rejected.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return rejected;
    }

    /**
     * The final figures of this load's files, in one statement. The unit code is the registered unit the
     * name's aliases give, when they give exactly one (a name shared by two districts' communes stays
     * empty here; the rows themselves are resolved by staging, with the file's folder).
     */
    private void update(List<FileOutcome> outcomes) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create or replace temporary table load_outcome (file varchar, rows_loaded int,"
                    + " rows_rejected int, status varchar, message varchar, finished_at timestamp)");
        }
        try (TableAppender append = TableAppender.open(connection, "temp", "main", "load_outcome")) {
            java.time.LocalDateTime finished = utc(clock.instant()).toLocalDateTime();
            for (FileOutcome outcome : outcomes) {
                append.row(
                        outcome.file(),
                        (int) outcome.rowsLoaded(),
                        (int) outcome.rowsRejected(),
                        outcome.status().code(),
                        outcome.message().orElse(null),
                        finished);
            }
        }
        // the file's unit: the one its name stands for on the last day of its year (a commune merged in the
        // year has the old unit and the new one under one name), else the one it stands for at all
        try (PreparedStatement update = connection.prepareStatement("""
                update meta.load_log
                set rows_loaded = o.rows_loaded, rows_rejected = o.rows_rejected, status = o.status,
                    message = o.message, finished_at = o.finished_at,
                    unit_code = coalesce(
                        (select case when count(distinct a.unit_code) = 1 then min(a.unit_code) end
                         from meta.unit_text_key k
                         join core.unit_alias a on a.match_key = k.match_key
                         where k.unit_text = meta.load_log.unit_text
                             and meta.load_log.year is not null
                             and coalesce(a.valid_from, date '1900-01-01') <= make_date(meta.load_log.year, 12, 31)
                             and coalesce(a.valid_to, date '9999-12-31') >= make_date(meta.load_log.year, 12, 31)),
                        (select case when count(distinct a.unit_code) = 1 then min(a.unit_code) end
                         from meta.unit_text_key k
                         join core.unit_alias a on a.match_key = k.match_key
                         where k.unit_text = meta.load_log.unit_text))
                from load_outcome o
                where meta.load_log.load_id = ? and meta.load_log.file = o.file
                """);
                Statement drop = connection.createStatement()) {
            update.setString(1, loadId);
            update.executeUpdate();
            drop.execute("drop table load_outcome");
        }
    }

    /** Timestamps are stored in UTC (sql/README.md). */
    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
