package vn.danhgia.dashboard.report;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.duckdb.DuckDBConnection;
import vn.danhgia.dashboard.query.EvidenceView;
import vn.danhgia.dashboard.query.FindingsQuery;
import vn.danhgia.dashboard.query.FindingsQuery.Finding;
import vn.danhgia.dashboard.query.Labels;
import vn.danhgia.dashboard.query.RemediationQuery;
import vn.danhgia.dashboard.query.RemediationQuery.OrganizationRemediation;
import vn.danhgia.dashboard.query.RemediationQuery.Shortcoming;
import vn.danhgia.dashboard.query.SqlQueries;
import vn.danhgia.dashboard.report.ReportData.FindingEvidence;
import vn.danhgia.dashboard.report.ReportData.LateOrganization;
import vn.danhgia.dashboard.report.ReportData.Merge;
import vn.danhgia.dashboard.report.ReportData.Provisional;
import vn.danhgia.dashboard.report.ReportData.Quality;
import vn.danhgia.dashboard.report.ReportData.Scope;

/**
 * Reads what a report says from the warehouse ({@code sql/report/*.sql}, and the dashboard's queries for the
 * findings, shortcomings, review season, provisional units and merges), after checking the request against
 * it: the unit must be a known grassroots organization, both years must have ratings, the comparison year
 * must come before the report year. A bad request is a {@link ReportInputException}.
 */
final class ReportDataQuery {
    /** Reads at once: the machine has few cores and DuckDB works each query on several threads too. */
    private static final int PARALLEL_READS = 3;

    private final Connection connection;

    ReportDataQuery(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    ReportData load(ReportRequest request, LocalDate today) throws SQLException {
        Objects.requireNonNull(request, "request");
        if (request.baseYear() >= request.year()) {
            throw ReportInputException.compareNotBefore(request);
        }
        String unit = request.unitCode().orElse(null);
        Restatement restatement = request.restatement();
        // the queries are independent: each runs on a connection of its own to the same database, at once
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_READS, ReportDataQuery::thread);
        try {
            Future<Scope> scope = read(pool, query -> query.scope(request));
            Future<List<LevelRow>> members = read(pool, query -> query.levels("member", unit));
            Future<List<LevelRow>> organizations = read(pool, query -> query.levels("organization", unit));
            Future<List<LevelRow>> leaders = read(pool, query -> query.levels("leader", unit));
            Future<List<FindingEvidence>> findings = read(pool, query -> query.findings(request));
            Future<List<OrganizationRemediation>> shortcomings = read(pool, query -> query.shortcomings(request));
            Future<List<LateOrganization>> late = read(pool, query -> query.late(request, today));
            Future<Quality> quality = read(pool, query -> query.quality(request.year(), request.unitCode()));
            Future<List<Provisional>> provisional = read(pool, ReportDataQuery::provisional);
            Future<List<Merge>> merges = read(pool, query -> query.merges(request));
            Scope found = get(scope); // an unknown unit is said before a year without data
            LevelRows memberRows = new LevelRows(get(members), restatement);
            List<Integer> years = memberRows.years();
            for (int year : List.of(request.year(), request.baseYear())) {
                if (!years.contains(year)) {
                    throw ReportInputException.noData(request, year, years);
                }
            }
            return new ReportData(
                    request,
                    today,
                    found,
                    memberRows,
                    new LevelRows(get(organizations), restatement),
                    new LevelRows(get(leaders), restatement),
                    get(findings),
                    get(shortcomings),
                    get(late),
                    get(quality),
                    get(provisional),
                    get(merges));
        } finally {
            pool.shutdownNow();
        }
    }

    /** One read of the report's data, on a connection of its own. */
    @FunctionalInterface
    private interface Read<T> {
        T run(ReportDataQuery query) throws SQLException;
    }

    /**
     * Runs {@code read} on a duplicate of this connection (the same database instance, read in parallel),
     * in the same catalog (a reader's connection has chosen one with {@code use}).
     */
    private <T> Future<T> read(ExecutorService pool, Read<T> read) throws SQLException {
        DuckDBConnection duckdb = connection.unwrap(DuckDBConnection.class);
        String catalog = catalog();
        return pool.submit(() -> {
            try (Connection own = duckdb.duplicate()) {
                try (Statement statement = own.createStatement()) {
                    // an identifier the database gave, quoted: no value of a user's
                    statement.execute("use \"" + catalog.replace("\"", "\"\"") + "\"");
                }
                return read.run(new ReportDataQuery(own));
            }
        });
    }

    private String catalog() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select current_database()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static <T> T get(Future<T> future) throws SQLException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while reading the report's data", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            throw new SQLException("cannot read the report's data: " + cause, cause);
        }
    }

    private static Thread thread(Runnable runnable) {
        Thread thread = new Thread(runnable, "report-read");
        thread.setDaemon(true);
        return thread;
    }

    /** One subject's levels in both views ('member', 'organization' or 'leader': sql/report/levels.sql). */
    private List<LevelRow> levels(String subject, String unit) throws SQLException {
        return SqlQueries.list(connection, "report/levels", LevelRow::of, subject, unit);
    }

    /** The district the report's unit belongs to, for the place of the date line. */
    Scope districtScope(ReportRequest request) throws SQLException {
        return scope(new ReportRequest(
                request.year(), request.compareYear(), Optional.empty(), request.restatement(), request.locale()));
    }

    private Scope scope(ReportRequest request) throws SQLException {
        record Found(Scope scope, String tier) {}
        Optional<Found> found = SqlQueries.first(
                connection,
                "report/scope",
                row -> new Found(
                        new Scope(
                                request.unitCode(),
                                row.string("unit_name"),
                                row.string("unit_type"),
                                row.string("parent_name"),
                                row.flag("is_simulated")),
                        row.optionalString("tier").orElse("")),
                request.unitCode().orElse(null));
        // a report is about the district or one grassroots organization, never a cell
        return found.filter(one -> request.unitCode().isEmpty() || one.tier().equals("grassroots"))
                .map(Found::scope)
                .orElseThrow(() -> ReportInputException.unknownUnit(request));
    }

    List<FindingEvidence> findings(ReportRequest request) throws SQLException {
        FindingsQuery query = new FindingsQuery(connection);
        FindingsQuery.Filter filter = new FindingsQuery.Filter(
                Optional.empty(), Optional.of(request.year()), Optional.empty(), request.unitCode());
        Labels labels = Labels.of(request.locale());
        // the year's rule is one per detector: read once, not once per finding
        Map<String, Optional<String>> rules = new HashMap<>();
        List<FindingEvidence> findings = new ArrayList<>();
        int offset = 0;
        while (true) {
            FindingsQuery.FindingsPage page =
                    query.list(filter, FindingsQuery.SortKey.DETECTOR, true, FindingsQuery.MAX_LIMIT, offset);
            for (Finding finding : page.findings()) {
                Optional<String> rule = rules.get(finding.detector());
                if (rule == null) {
                    rule = SqlQueries.first(
                                    connection,
                                    "finding_rule",
                                    row -> row.optionalString("rule_text"),
                                    finding.year(),
                                    finding.detector())
                            .flatMap(text -> text);
                    rules.put(finding.detector(), rule);
                }
                findings.add(new FindingEvidence(
                        finding, EvidenceView.of(finding.detector(), finding.evidenceJson(), rule, labels)));
            }
            offset += page.findings().size();
            if (page.findings().isEmpty() || offset >= page.total()) {
                return findings;
            }
        }
    }

    /** The shortcomings named up to the report year and still not (fully) remedied in the latest register. */
    private List<OrganizationRemediation> shortcomings(ReportRequest request) throws SQLException {
        List<OrganizationRemediation> kept = new ArrayList<>();
        for (OrganizationRemediation organization : new RemediationQuery(connection)
                .load(new RemediationQuery.Filter(Optional.empty(), Optional.empty(), request.unitCode()))) {
            List<Shortcoming> open = organization.shortcomings().stream()
                    .filter(Shortcoming::unremedied)
                    .filter(shortcoming -> shortcoming.year() <= request.year())
                    .toList();
            if (!open.isEmpty()) {
                kept.add(new OrganizationRemediation(
                        organization.organizationCode(),
                        organization.organizationName(),
                        organization.unitType(),
                        open));
            }
        }
        return kept;
    }

    private List<LateOrganization> late(ReportRequest request, LocalDate today) throws SQLException {
        return SqlQueries.list(
                        connection,
                        "overview_season",
                        row -> new LateOrganization(
                                row.string("unit_code"),
                                row.string("unit_name"),
                                row.string("unit_type"),
                                row.optionalDate("review_done_on"),
                                row.optionalDate("review_deadline"),
                                row.optionalInteger("review_days_late"),
                                row.flag("is_review_late"),
                                row.optionalDate("report_sent_on"),
                                row.optionalDate("report_deadline"),
                                row.optionalInteger("report_days_late"),
                                row.flag("is_report_late")),
                        request.year(),
                        today,
                        null,
                        request.unitCode().orElse(null))
                .stream()
                .filter(late -> late.reviewLate() || late.reportLate())
                .toList();
    }

    private Quality quality(int year, Optional<String> unitCode) throws SQLException {
        record Line(long files, long read, long loaded, long rejected, Optional<String> reason, long count) {}
        List<Line> lines = SqlQueries.list(
                connection,
                "report/data_quality",
                row -> new Line(
                        row.count("count_files"),
                        row.count("count_rows_read"),
                        row.count("count_rows_loaded"),
                        row.count("count_rows_rejected"),
                        row.optionalString("reason_code"),
                        row.count("count_rejects")),
                year,
                unitCode.orElse(null));
        Map<String, Long> reasons = new LinkedHashMap<>();
        lines.forEach(line -> line.reason().ifPresent(reason -> reasons.put(reason, line.count())));
        Line first = lines.isEmpty() ? new Line(0, 0, 0, 0, Optional.empty(), 0) : lines.get(0);
        return new Quality(first.files(), first.read(), first.loaded(), first.rejected(), reasons);
    }

    private List<Provisional> provisional() throws SQLException {
        return SqlQueries.list(
                connection,
                "data_provisional_units",
                row -> new Provisional(
                        row.string("unit_code"), row.optionalString("unit_name").orElse("")));
    }

    /** The merges in force by the end of the report year that touch the scope. */
    private List<Merge> merges(ReportRequest request) throws SQLException {
        return SqlQueries.list(
                        connection,
                        "compare_merges",
                        row -> new Merge(
                                row.string("from_unit_code"),
                                row.string("from_unit_name"),
                                row.string("to_unit_code"),
                                row.string("to_unit_name"),
                                row.optionalDate("effective_date").orElseThrow()))
                .stream()
                .filter(merge -> merge.effectiveDate().getYear() <= request.year())
                .filter(merge -> request.unitCode()
                        .map(code -> code.equals(merge.toCode()) || code.equals(merge.fromCode()))
                        .orElse(true))
                .toList();
    }
}
