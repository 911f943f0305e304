package vn.danhgia.dashboard.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The findings of the detectors ({@code mart.findings}): filtered, sorted by a whitelisted key, paged,
 * with unit names; one finding by its stable id; and a finding's evidence as an {@link EvidenceView}.
 */
public final class FindingsQuery {
    /** The most findings on one page. */
    public static final int MAX_LIMIT = 500;

    private final Connection connection;

    public FindingsQuery(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /** What the list may be sorted by; anything else is refused. */
    public enum SortKey {
        SCORE,
        YEAR,
        UNIT,
        DETECTOR,
        SEVERITY;

        /** The code used in URLs and passed to the query ({@code score}, {@code year}, ...). */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The key of a code; a code outside the whitelist is refused. */
        public static SortKey of(String code) {
            for (SortKey key : values()) {
                if (key.code().equals(code)) {
                    return key;
                }
            }
            throw new IllegalArgumentException(
                    "cannot sort findings by '" + code + "': expected score, year, unit, detector or severity");
        }
    }

    /** Which findings: each part empty for all. {@code organizationCode} includes its cells and members. */
    public record Filter(
            Optional<String> detector,
            Optional<Integer> year,
            Optional<String> severity,
            Optional<String> organizationCode) {
        public Filter {
            Objects.requireNonNull(detector, "detector");
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(organizationCode, "organizationCode");
        }

        public static Filter all() {
            return new Filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /**
     * One finding. {@code id} is stable for the same data (sha-256 of detector, year, unit, subject and
     * evidence); {@code organizationCode} is the grassroots organization of the unit; {@code subjectKey}
     * the person's pseudonym, empty for a finding about a unit. {@code evidenceJson} is for
     * {@link EvidenceView}, never for the screen.
     */
    public record Finding(
            String id,
            String detector,
            int year,
            String unitCode,
            String unitName,
            Optional<String> organizationCode,
            Optional<String> organizationName,
            Optional<String> subjectKey,
            String severity,
            double score,
            String evidenceJson) {
        public Finding {
            Checks.text("id", id);
            Checks.text("detector", detector);
            Objects.requireNonNull(unitCode, "unitCode");
            Objects.requireNonNull(unitName, "unitName");
            Objects.requireNonNull(organizationCode, "organizationCode");
            Objects.requireNonNull(organizationName, "organizationName");
            Objects.requireNonNull(subjectKey, "subjectKey");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(evidenceJson, "evidenceJson");
        }
    }

    /** One page of findings and how many the filter keeps in all. */
    public record FindingsPage(
            List<Finding> findings, long total, SortKey sortKey, boolean ascending, int limit, int offset) {
        public FindingsPage {
            findings = List.copyOf(findings);
            Checks.count("total", total);
            Objects.requireNonNull(sortKey, "sortKey");
            Checks.count("offset", offset);
        }
    }

    /** A page sorted by a key given as text ({@code score}...) and a direction ({@code asc} or {@code desc}). */
    public FindingsPage list(Filter filter, String sortKey, String direction, int limit, int offset)
            throws SQLException {
        boolean ascending =
                switch (Objects.requireNonNullElse(direction, "")) {
                    case "asc" -> true;
                    case "desc" -> false;
                    default ->
                        throw new IllegalArgumentException(
                                "sort direction must be asc or desc, not '" + direction + "'");
                };
        return list(filter, SortKey.of(sortKey), ascending, limit, offset);
    }

    public FindingsPage list(Filter filter, SortKey sortKey, boolean ascending, int limit, int offset)
            throws SQLException {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sortKey, "sortKey");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        Object[] where = {
            filter.detector().orElse(null),
            filter.year().orElse(null),
            filter.severity().orElse(null),
            filter.organizationCode().orElse(null)
        };
        List<Finding> findings = SqlQueries.list(
                connection,
                "findings_list",
                FindingsQuery::finding,
                where[0],
                where[1],
                where[2],
                where[3],
                sortKey.code(),
                ascending ? "asc" : "desc",
                limit,
                offset);
        long total = SqlQueries.first(connection, "findings_count", row -> row.count("count_total"), where)
                .orElse(0L);
        return new FindingsPage(findings, total, sortKey, ascending, limit, offset);
    }

    /** The finding of a stable id, empty when no finding has it. */
    public Optional<Finding> byId(String id) throws SQLException {
        Objects.requireNonNull(id, "id");
        return SqlQueries.first(connection, "finding_by_id", FindingsQuery::finding, id);
    }

    /** The evidence of a finding as a leader reads it, the year's rule from the warehouse when the evidence has none. */
    public EvidenceView evidence(Finding finding, Labels labels) throws SQLException {
        Optional<String> rule = SqlQueries.first(
                        connection,
                        "finding_rule",
                        row -> row.optionalString("rule_text"),
                        finding.year(),
                        finding.detector())
                .flatMap(text -> text);
        return EvidenceView.of(finding.detector(), finding.evidenceJson(), rule, labels);
    }

    private static Finding finding(SqlQueries.Row row) throws SQLException {
        return new Finding(
                row.string("finding_id"),
                row.string("detector"),
                row.integer("year"),
                row.optionalString("unit_code").orElse(""),
                row.optionalString("unit_name").orElse(""),
                row.optionalString("org_code"),
                row.optionalString("org_name"),
                row.optionalString("subject_key").filter(key -> !key.isEmpty()),
                row.optionalString("severity").orElse(""),
                row.number("score"),
                row.optionalString("evidence").orElse("{}"));
    }
}
