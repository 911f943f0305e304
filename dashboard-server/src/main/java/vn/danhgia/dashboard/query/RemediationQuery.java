package vn.danhgia.dashboard.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The shortcomings named in each year's review and what became of them in later registers
 * ({@code core.shortcoming}), organization by organization: those with recurring and unremedied
 * shortcomings first, and within one the recurring, then unremedied, partly remedied, pending and
 * remedied ones.
 */
public final class RemediationQuery {
    private final Connection connection;

    public RemediationQuery(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /** Which shortcomings: the year that named them, a unit type, an organization (each empty for all). */
    public record Filter(Optional<Integer> year, Optional<String> unitType, Optional<String> organizationCode) {
        public Filter {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(unitType, "unitType");
            Objects.requireNonNull(organizationCode, "organizationCode");
        }

        public static Filter all() {
            return new Filter(Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** The status one register year gave a shortcoming (see {@link Labels#shortcomingStatus}). */
    public record StatusReport(Optional<Integer> reportedYear, String status) {
        public StatusReport {
            Objects.requireNonNull(reportedYear, "reportedYear");
            Checks.text("status", status);
        }
    }

    /**
     * One shortcoming: the year that named it, whose it is (an organization, or a person by pseudonym),
     * its category and text, the latest status and every register's status, oldest first.
     */
    public record Shortcoming(
            String key,
            int year,
            String unitCode,
            String subjectKind,
            Optional<String> personKey,
            Optional<String> category,
            String description,
            String latestStatus,
            Optional<Integer> latestReportedYear,
            List<StatusReport> reports,
            Optional<String> sourceFile,
            Optional<String> sourceSheet,
            Optional<Integer> sourceRow) {
        public Shortcoming {
            Checks.text("key", key);
            Objects.requireNonNull(unitCode, "unitCode");
            Objects.requireNonNull(subjectKind, "subjectKind");
            Objects.requireNonNull(personKey, "personKey");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(description, "description");
            Checks.text("latestStatus", latestStatus);
            Objects.requireNonNull(latestReportedYear, "latestReportedYear");
            reports = List.copyOf(reports);
            Objects.requireNonNull(sourceFile, "sourceFile");
            Objects.requireNonNull(sourceSheet, "sourceSheet");
            Objects.requireNonNull(sourceRow, "sourceRow");
        }

        public boolean recurring() {
            return latestStatus.equals("recurred");
        }

        /** Not (fully) remedied in the latest register: recurred, not remedied or partly remedied. */
        public boolean unremedied() {
            return latestStatus.equals("recurred")
                    || latestStatus.equals("not_remedied")
                    || latestStatus.equals("partly_remedied");
        }
    }

    /** The shortcomings of one grassroots organization (its own, its cells' and its members'). */
    public record OrganizationRemediation(
            String organizationCode, String organizationName, String unitType, List<Shortcoming> shortcomings) {
        public OrganizationRemediation {
            Objects.requireNonNull(organizationCode, "organizationCode");
            Objects.requireNonNull(organizationName, "organizationName");
            Objects.requireNonNull(unitType, "unitType");
            shortcomings = List.copyOf(shortcomings);
        }

        public long countRecurring() {
            return shortcomings.stream().filter(Shortcoming::recurring).count();
        }

        public long countUnremedied() {
            return shortcomings.stream().filter(Shortcoming::unremedied).count();
        }
    }

    public List<OrganizationRemediation> load(Filter filter) throws SQLException {
        Objects.requireNonNull(filter, "filter");
        record Register(String org, String orgName, String unitType, Shortcoming shortcoming, StatusReport report) {}
        List<Register> registers = SqlQueries.list(
                connection,
                "remediation",
                row -> new Register(
                        row.optionalString("org_code").orElse(""),
                        row.optionalString("org_name").orElse(""),
                        row.string("unit_type"),
                        new Shortcoming(
                                row.string("shortcoming_key"),
                                row.integer("year"),
                                row.optionalString("unit_code").orElse(""),
                                row.optionalString("subject_kind").orElse(""),
                                row.optionalString("person_key"),
                                row.optionalString("category"),
                                row.optionalString("description").orElse(""),
                                row.string("latest_status"),
                                row.optionalInteger("latest_reported_year"),
                                List.of(),
                                row.optionalString("source_file"),
                                row.optionalString("source_sheet"),
                                row.optionalInteger("source_row")),
                        new StatusReport(row.optionalInteger("reported_year"), row.string("status"))),
                filter.year().orElse(null),
                filter.unitType().orElse(null),
                filter.organizationCode().orElse(null));
        Map<String, Register> organizations = new LinkedHashMap<>();
        Map<String, Map<String, Shortcoming>> shortcomings = new LinkedHashMap<>();
        Map<String, List<StatusReport>> reports = new LinkedHashMap<>();
        for (Register register : registers) {
            organizations.putIfAbsent(register.org(), register);
            shortcomings
                    .computeIfAbsent(register.org(), org -> new LinkedHashMap<>())
                    .putIfAbsent(register.shortcoming().key(), register.shortcoming());
            reports.computeIfAbsent(register.shortcoming().key(), key -> new ArrayList<>())
                    .add(register.report());
        }
        List<OrganizationRemediation> result = new ArrayList<>();
        organizations.forEach((org, first) -> {
            List<Shortcoming> items = new ArrayList<>();
            for (Shortcoming shortcoming : shortcomings.get(org).values()) {
                items.add(new Shortcoming(
                        shortcoming.key(),
                        shortcoming.year(),
                        shortcoming.unitCode(),
                        shortcoming.subjectKind(),
                        shortcoming.personKey(),
                        shortcoming.category(),
                        shortcoming.description(),
                        shortcoming.latestStatus(),
                        shortcoming.latestReportedYear(),
                        reports.get(shortcoming.key()),
                        shortcoming.sourceFile(),
                        shortcoming.sourceSheet(),
                        shortcoming.sourceRow()));
            }
            result.add(new OrganizationRemediation(org, first.orgName(), first.unitType(), items));
        });
        return List.copyOf(result);
    }
}
