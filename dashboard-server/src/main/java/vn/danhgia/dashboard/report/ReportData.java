package vn.danhgia.dashboard.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.danhgia.dashboard.query.EvidenceView;
import vn.danhgia.dashboard.query.FindingsQuery.Finding;
import vn.danhgia.dashboard.query.RemediationQuery.OrganizationRemediation;

/**
 * Everything a year-over-year report says, read from the warehouse by {@link ReportDataQuery} before any of
 * it is worded: the scope, the ratings of every loaded year, the year's findings with their evidence,
 * the shortcomings, the late organizations, the loads' quality and the reorganizations.
 */
record ReportData(
        ReportRequest request,
        LocalDate today,
        Scope scope,
        LevelRows members,
        LevelRows organizations,
        LevelRows leaders,
        List<FindingEvidence> findings,
        List<OrganizationRemediation> shortcomings,
        List<LateOrganization> late,
        Quality quality,
        List<Provisional> provisional,
        List<Merge> merges) {
    ReportData {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(organizations, "organizations");
        Objects.requireNonNull(leaders, "leaders");
        findings = List.copyOf(findings);
        shortcomings = List.copyOf(shortcomings);
        late = List.copyOf(late);
        Objects.requireNonNull(quality, "quality");
        provisional = List.copyOf(provisional);
        merges = List.copyOf(merges);
    }

    int year() {
        return request.year();
    }

    int baseYear() {
        return request.baseYear();
    }

    Restatement restatement() {
        return request.restatement();
    }

    /** Who issues the report and what it covers: the district, or one organization ({@code unitCode}). */
    record Scope(Optional<String> unitCode, String unitName, String unitType, String parentName, boolean simulated) {
        Scope {
            Objects.requireNonNull(unitCode, "unitCode");
            Objects.requireNonNull(unitName, "unitName");
            Objects.requireNonNull(unitType, "unitType");
            Objects.requireNonNull(parentName, "parentName");
        }
    }

    /** A finding of the year with its evidence as a leader reads it. */
    record FindingEvidence(Finding finding, EvidenceView evidence) {
        FindingEvidence {
            Objects.requireNonNull(finding, "finding");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    /** An organization that finished its review or sent its report late (or not yet, past the deadline). */
    record LateOrganization(
            String code,
            String name,
            String unitType,
            Optional<LocalDate> reviewDoneOn,
            Optional<LocalDate> reviewDeadline,
            Optional<Integer> reviewDaysLate,
            boolean reviewLate,
            Optional<LocalDate> reportSentOn,
            Optional<LocalDate> reportDeadline,
            Optional<Integer> reportDaysLate,
            boolean reportLate) {}

    /** The year's loads: files in force, rows read, loaded and rejected, rejected values by reason. */
    record Quality(long files, long rowsRead, long rowsLoaded, long rowsRejected, Map<String, Long> rejectsByReason) {
        Quality {
            rejectsByReason = Map.copyOf(rejectsByReason);
        }
    }

    /** A unit found in the files that the registry does not know. */
    record Provisional(String code, String name) {}

    /** A merge of units: {@code from} merged into {@code to} on {@code effectiveDate}. */
    record Merge(String fromCode, String fromName, String toCode, String toName, LocalDate effectiveDate) {}
}
