package vn.danhgia.etl.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.error.ErrorCode;
import vn.danhgia.core.form.InputKind;
import vn.danhgia.core.i18n.Messages;
import vn.danhgia.core.rules.RuleBook;
import vn.danhgia.core.sql.SqlPipeline;
import vn.danhgia.core.sql.WarehouseSchema;
import vn.danhgia.core.warehouse.WarehouseSnapshot;
import vn.danhgia.etl.read.FileCollector;
import vn.danhgia.etl.read.FileReader;
import vn.danhgia.etl.read.FileSummary;
import vn.danhgia.etl.read.MappingProfiles;
import vn.danhgia.etl.read.ReadHints;

/**
 * {@code danhgia load}: units' files into the DuckDB warehouse. Each file's rows become raw rows in
 * their own transaction (a file that cannot be read leaves nothing behind); then the SQL pipeline
 * {@code sql/pipelines/load.yaml} rebuilds staging, rejects and core from all raw rows, so loading the
 * same files again gives the same core tables. All of it happens in a copy of the warehouse that is
 * published by an atomic rename at the end.
 */
public final class Loader {
    private static final Logger LOG = LoggerFactory.getLogger(Loader.class);
    private static final Messages MESSAGES = Messages.of("vn.danhgia.etl.load.messages");
    private static final DateTimeFormatter LOAD_ID =
            DateTimeFormatter.ofPattern("'L'uuuuMMdd'T'HHmmssSSS").withZone(ZoneOffset.UTC);

    /** What to load, where, and how strictly. */
    public record Request(List<Path> paths, Path warehouse, ReadHints hints, boolean strict) {
        public Request {
            paths = List.copyOf(paths);
            Objects.requireNonNull(warehouse, "warehouse");
            Objects.requireNonNull(hints, "hints");
        }
    }

    private final Clock clock;
    private final RuleBook rules;
    private final FileReader reader;

    public Loader(Clock clock, RuleBook rules) {
        this(clock, rules, MappingProfiles.none());
    }

    /** A loader that applies saved mapping profiles to the files whose header they match. */
    public Loader(Clock clock, RuleBook rules, MappingProfiles profiles) {
        this.clock = clock;
        this.rules = rules;
        this.reader = new FileReader(profiles);
    }

    public LoadReport load(Request request, PseudonymKey key, LoadProgress progress) {
        Instant started = clock.instant();
        String loadId = LOAD_ID.format(started);
        Source[] sources = sources(request.paths()).toArray(Source[]::new);
        int fileCount = sources.length;
        progress.started(fileCount);
        Pseudonymizer pseudonymizer = new Pseudonymizer(key);
        UnitMappingDecisions mappings = UnitMappingDecisions.read(request.warehouse());
        try (WarehouseSnapshot snapshot = WarehouseSnapshot.begin(request.warehouse(), loadId)) {
            Connection connection = snapshot.connection();
            WarehouseSchema.fromClasspath().apply(connection);
            checkKey(connection, key);
            List<Ingested> ingested = new ArrayList<>();
            LoadLog log;
            long reading = System.nanoTime();
            try (RawWriter writer = new RawWriter(connection.unwrap(DuckDBConnection.class), loadId, pseudonymizer)) {
                log = new LoadLog(
                        connection,
                        loadId,
                        clock,
                        Optional.of(request.warehouse().toAbsolutePath()),
                        writer::flush);
                for (int i = 0; i < fileCount; i++) {
                    Ingested result = ingest(log, writer, sources[i], request.hints(), request.strict());
                    // a national load reads 600,000 files: what is kept of each must be small
                    sources[i] = null;
                    ingested.add(result);
                    progress.fileRead(result.file());
                }
            }
            log.writePending();
            LOG.info("read {} files in {} ms", fileCount, (System.nanoTime() - reading) / 1_000_000);
            progress.transforming();
            long transforming = System.nanoTime();
            transform(connection, mappings);
            List<FileOutcome> outcomes = log.finish(ingested, request.strict(), () -> transform(connection, mappings));
            List<LoadReport.ProvisionalUnit> provisional = provisionalUnits(connection);
            LOG.info("transformed in {} ms", (System.nanoTime() - transforming) / 1_000_000);
            long publishing = System.nanoTime();
            snapshot.publish();
            LOG.info("published in {} ms", (System.nanoTime() - publishing) / 1_000_000);
            LoadReport report = new LoadReport(
                    loadId, request.warehouse(), outcomes, provisional, Duration.between(started, clock.instant()));
            provisional.forEach(unit -> LOG.warn(
                    "{}: unit \"{}\" is not in the registry; recorded as provisional unit {}",
                    request.warehouse(),
                    unit.name(),
                    unit.code()));
            LOG.info(
                    "{}: load {} read {} rows from {} files, {} rejected",
                    request.warehouse(),
                    loadId,
                    report.rowsRead(),
                    outcomes.size(),
                    report.rowsRejected());
            return report;
        } catch (SQLException e) {
            throw new DanhgiaException(
                    ErrorCode.WAREHOUSE_UNAVAILABLE,
                    MESSAGES.format("load.sqlFailed", request.warehouse(), e.getMessage()),
                    null,
                    e);
        }
    }

    /** A file to read and the folder its name is relative to. */
    record Source(Path file, Path root) {}

    /**
     * One file after reading: what the per-file report needs of its summary (kind, year, unit, rows),
     * or the outcome of a file that was not read (failed, or unchanged since an earlier load). Kept for
     * every file until the load ends, so it holds no paths, sheets or layout: a national load has
     * 600,000 of them.
     */
    static final class Ingested {
        private final String file;
        private final InputKind kind;
        private final Integer year;
        private final String unit;
        private final long rowsRead;
        private final FileOutcome outcome;
        private final long nanos;

        private Ingested(
                String file,
                InputKind kind,
                Integer year,
                String unit,
                long rowsRead,
                FileOutcome outcome,
                long nanos) {
            this.file = file;
            this.kind = kind;
            this.year = year;
            this.unit = unit;
            this.rowsRead = rowsRead;
            this.outcome = outcome;
            this.nanos = nanos;
        }

        static Ingested read(FileSummary summary, String unit, Duration time) {
            return new Ingested(
                    summary.sourceFile(),
                    summary.kind(),
                    summary.year().orElse(null),
                    unit,
                    summary.rowsRead() + summary.rowIssues(),
                    null,
                    time.toNanos());
        }

        static Ingested notRead(FileOutcome outcome) {
            return new Ingested(
                    outcome.file(), null, null, null, 0, outcome, outcome.time().toNanos());
        }

        String file() {
            return file;
        }

        /** The outcome of a file that was not read; empty for one that was. */
        Optional<FileOutcome> outcome() {
            return Optional.ofNullable(outcome);
        }

        /** The kind read, for a file that was read. */
        Optional<InputKind> kind() {
            return Optional.ofNullable(kind);
        }

        Optional<Integer> year() {
            return Optional.ofNullable(year);
        }

        Optional<String> unit() {
            return Optional.ofNullable(unit);
        }

        /** Rows read, those reported as read issues included. */
        long rowsRead() {
            return rowsRead;
        }

        Duration time() {
            return Duration.ofNanos(nanos);
        }
    }

    private static List<Source> sources(List<Path> paths) {
        List<Source> sources = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new DanhgiaException(ErrorCode.INVALID_USAGE, MESSAGES.format("load.noSuchPath", path));
            }
            // A folder: names relative to it. A file: its name as given on the command line.
            Path root = Files.isDirectory(path)
                    ? path
                    : (path.isAbsolute() ? path.getParent() : Path.of("").toAbsolutePath());
            Path truth = root.resolve("truth");
            boolean generated = Files.isDirectory(path) && Files.isRegularFile(path.resolve("manifest.json"));
            for (Path file : FileCollector.collect(path)) {
                // the generator's answer key sits beside its files; it is not a unit's file
                if (!(generated && file.startsWith(truth))) {
                    sources.add(new Source(file, root));
                }
            }
        }
        java.util.Map<String, Path> names = new java.util.HashMap<>();
        for (Source source : sources) {
            Path earlier = names.putIfAbsent(relativeName(source), source.file());
            if (earlier != null && !earlier.equals(source.file())) {
                // two folders holding the same relative name would mix their rows in the warehouse
                throw new DanhgiaException(
                        ErrorCode.INVALID_USAGE,
                        MESSAGES.format("load.sameName", relativeName(source), earlier, source.file()));
            }
        }
        return sources;
    }

    private Ingested ingest(LoadLog log, RawWriter writer, Source source, ReadHints hints, boolean strict)
            throws SQLException {
        Instant started = clock.instant();
        String name = relativeName(source);
        String hash = contentHash(source.file());
        // --year/--unit may correct what was read before, and --strict may refuse what was kept: read again
        boolean hinted = hints.year().isPresent() || hints.unit().isPresent();
        Optional<FileOutcome> unchanged = hinted
                ? Optional.empty()
                : log.unchanged(name, hash, Duration.between(started, clock.instant()))
                        .filter(kept -> !strict || kept.rowsRejected() == 0);
        if (unchanged.isPresent()) {
            LOG.info("{}: unchanged, kept as loaded", name);
            return Ingested.notRead(unchanged.get());
        }
        RawWriter.FileRows rows = new RawWriter.FileRows();
        FileSummary summary;
        try {
            summary = reader.read(source.file(), source.root(), hints, rows);
        } catch (DanhgiaException e) {
            // nothing of the file reached the writer: it is left out whole
            Duration time = Duration.between(started, clock.instant());
            log.recordFailure(name, hash, e.describe(), started);
            LOG.warn("{}: not loaded: {}", name, e.getMessage());
            return Ingested.notRead(FileOutcome.failed(name, time, e.describe()));
        }
        String unit = log.recordRead(summary, hash, started);
        writer.append(rows);
        LOG.info("{}: {} {} rows read", summary.sourceFile(), summary.kind().code(), summary.rowsRead());
        return Ingested.read(summary, unit, Duration.between(started, clock.instant()));
    }

    private void transform(Connection connection, UnitMappingDecisions mappings) {
        try {
            ReferenceData.write(connection, rules);
            writeUnits(connection);
            mappings.writeAliases(connection);
            SqlPipeline.fromClasspath("load").run(connection, SqlPipeline.Engine.DUCKDB);
        } catch (SQLException e) {
            throw new DanhgiaException(
                    ErrorCode.INTERNAL, MESSAGES.format("load.sqlFailed", "", e.getMessage()), null, e);
        }
    }

    /**
     * The registered units, from the registry rows in raw. A method of its own so that nothing of the
     * registry (a national one is close to a million rows) stays reachable while the SQL models run.
     */
    private static void writeUnits(Connection connection) throws SQLException {
        Optional<UnitDimension.RegistryFile> registry = UnitDimension.latestRegistry(connection);
        if (registry.isPresent()) {
            UnitDimension.write(connection, registry.get());
        }
    }

    /** The first load records the key's fingerprint; a later load with another key is refused. */
    private static void checkKey(Connection connection, PseudonymKey key) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select fingerprint, is_demo from meta.pseudonym_key")) {
            if (rows.next()) {
                if (!rows.getString(1).equals(key.fingerprint())) {
                    throw new DanhgiaException(
                            ErrorCode.INVALID_CONFIGURATION,
                            MESSAGES.format(rows.getBoolean(2) ? "key.warehouseIsDemo" : "key.otherKey"));
                }
                return;
            }
        }
        try (var insert = connection.prepareStatement("insert into meta.pseudonym_key values (?, ?)")) {
            insert.setString(1, key.fingerprint());
            insert.setBoolean(2, key.isDemo());
            insert.executeUpdate();
        }
    }

    private static List<LoadReport.ProvisionalUnit> provisionalUnits(Connection connection) throws SQLException {
        List<LoadReport.ProvisionalUnit> units = new ArrayList<>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "select unit_code, unit_name from core.dim_unit where is_provisional order by unit_code")) {
            while (rows.next()) {
                units.add(new LoadReport.ProvisionalUnit(rows.getString(1), rows.getString(2)));
            }
        }
        return units;
    }

    private static String relativeName(Source source) {
        return vn.danhgia.etl.read.internal.Provenance.relative(source.file(), source.root());
    }

    static String contentHash(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            return "unreadable";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
