package vn.danhgia.dashboard.console;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.core.error.DanhgiaException;
import vn.danhgia.core.sandbox.CatalogTable;
import vn.danhgia.core.sandbox.QueryResult;
import vn.danhgia.core.sandbox.Sandbox;
import vn.danhgia.core.sandbox.SandboxLimits;
import vn.danhgia.dashboard.auth.AuditAction;
import vn.danhgia.dashboard.auth.AuditEntry;
import vn.danhgia.dashboard.auth.AuditLog;
import vn.danhgia.dashboard.auth.AuditOutcome;

/**
 * The SQL console's work, apart from its pages: runs analysts' SQL in the sandbox over the analysts'
 * file of the served warehouse, records every run in the account's history and in the audit log, keeps
 * the last results for paging and downloads, and reads the catalog once per published version.
 */
public final class SqlConsole {
    private static final Logger LOG = LoggerFactory.getLogger(SqlConsole.class);

    /** Queries running at once; more wait this long for their turn, then are told the console is busy. */
    static final int CONCURRENT_QUERIES = 2;

    static final Duration WAIT_FOR_TURN = Duration.ofSeconds(20);

    /** The audit keeps this much of a query's text. */
    static final int AUDITED_TEXT = 4000;

    /** Raised when too many queries are running. */
    public static final class Busy extends RuntimeException {
        Busy() {
            super("the SQL console is busy", null, false, false);
        }
    }

    private final Path warehouse;
    private final SandboxLimits limits;
    private final QueryHistory history;
    private final SavedQueries saved;
    private final AuditLog audit;
    private final ResultCache results = new ResultCache(3, 24, 3_000_000);
    private final CatalogCache catalog = new CatalogCache();
    private final Semaphore turns = new Semaphore(CONCURRENT_QUERIES, true);

    public SqlConsole(Path warehouse, SandboxLimits limits, QueryHistory history, SavedQueries saved, AuditLog audit) {
        this.warehouse = Objects.requireNonNull(warehouse, "warehouse");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.history = Objects.requireNonNull(history, "history");
        this.saved = Objects.requireNonNull(saved, "saved");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    public SandboxLimits limits() {
        return limits;
    }

    public QueryHistory history() {
        return history;
    }

    public SavedQueries saved() {
        return saved;
    }

    private Sandbox sandbox(Locale locale) {
        return Sandbox.forWarehouse(warehouse, limits, locale);
    }

    /** Runs {@code sql} for {@code account}: recorded in its history and the audit log, kept for paging. */
    public ConsoleRun run(String account, String sql, Locale locale, String address) {
        Instant started = history.now();
        Attempt attempt = attempt(() -> sandbox(locale).query(sql));
        HistoryEntry entry = history.record(
                account,
                sql,
                started,
                attempt.duration(),
                attempt.result().map(QueryResult::rowCount).orElse(0),
                attempt.outcome());
        audit(account, "#" + entry.id(), attempt, sql, address, "");
        ConsoleRun run = new ConsoleRun(account, entry, attempt.result(), attempt.error());
        results.put(run);
        return run;
    }

    /**
     * A run of the account's history with its result: the kept one, or the query run again when it is no
     * longer kept (audited as a run again). Empty when the account has no such run.
     */
    public Optional<ConsoleRun> result(String account, long id, Locale locale, String address) {
        Optional<ConsoleRun> kept = results.get(account, id);
        if (kept.isPresent()) {
            return kept;
        }
        Optional<HistoryEntry> entry = history.find(account, id);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Attempt attempt = attempt(() -> sandbox(locale).query(entry.get().sql()));
        audit(account, "#" + id, attempt, entry.get().sql(), address, "run again; ");
        HistoryEntry again = new HistoryEntry(
                id,
                entry.get().sql(),
                entry.get().startedAt(),
                attempt.duration(),
                attempt.result().map(QueryResult::rowCount).orElse(0),
                attempt.outcome());
        ConsoleRun run = new ConsoleRun(account, again, attempt.result(), attempt.error());
        results.put(run);
        return Optional.of(run);
    }

    /** The engine's plan of {@code sql} (audited, not kept in the history); the sandbox's message on failure. */
    public Attempt explain(String account, String sql, Locale locale, String address) {
        Attempt attempt = attempt(() -> sandbox(locale).explain(sql));
        audit(account, "plan", attempt, sql, address, "explain; ");
        return attempt;
    }

    /** Every table of the analysts' file (read again only when a new version is published). */
    public List<CatalogTable> catalog(Locale locale) {
        return catalog.get(sandbox(locale));
    }

    /** What one call of the sandbox gave: a result, or its message, and how long it took. */
    public record Attempt(
            Optional<QueryResult> result, Optional<String> error, QueryOutcome outcome, Duration duration) {}

    private interface Call {
        QueryResult run();
    }

    private Attempt attempt(Call call) {
        try {
            if (!turns.tryAcquire(WAIT_FOR_TURN.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        long begun = System.nanoTime();
        try {
            QueryResult result = call.run();
            return new Attempt(Optional.of(result), Optional.empty(), QueryOutcome.of(result), result.elapsed());
        } catch (DanhgiaException e) {
            Duration duration = Duration.ofNanos(System.nanoTime() - begun);
            LOG.debug("console query {}: {}", e.code(), e.getMessage());
            return new Attempt(Optional.empty(), Optional.of(e.getMessage()), QueryOutcome.of(e), duration);
        } finally {
            turns.release();
        }
    }

    private void audit(String account, String object, Attempt attempt, String sql, String address, String prefix) {
        String detail = prefix
                + attempt.outcome().code()
                + "; rows=" + attempt.result().map(QueryResult::rowCount).orElse(0)
                + "; ms=" + attempt.duration().toMillis()
                + "; sql=" + Snippets.summary(sql, AUDITED_TEXT);
        AuditOutcome outcome = attempt.outcome().audit();
        audit.record(AuditEntry.of(account, AuditAction.QUERY, object, outcome)
                .withDetail(detail)
                .withAddress(address));
    }
}
