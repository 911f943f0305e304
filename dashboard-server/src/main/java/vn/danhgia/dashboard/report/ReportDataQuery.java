package vn.danhgia.dashboard.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
        Scope scope = scope(request);
        Restatement restatement = request.restatement();
        LevelRows members =
                new LevelRows(SqlQueries.list(connection, "report/member_levels", LevelRow::of, unit), restatement);
        List<Integer> years = members.years();
        for (int year : List.of(request.year(), request.baseYear())) {
            if (!years.contains(year)) {
                throw ReportInputException.noData(request, year, years);
            }
        }
        LevelRows organizations =
                new LevelRows(SqlQueries.list(connection, "report/org_levels", LevelRow::of, unit), restatement);
        LevelRows leaders =
                new LevelRows(SqlQueries.list(connection, "report/leader_levels", LevelRow::of, unit), restatement);
        return new ReportData(
                request,
                today,
                scope,
                members,
                organizations,
                leaders,
                findings(request),
                shortcomings(request),
                late(request, today),
                quality(request.year()),
                provisional(),
                merges(request));
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

    private List<FindingEvidence> findings(ReportRequest request) throws SQLException {
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

    private Quality quality(int year) throws SQLException {
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
                year);
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
