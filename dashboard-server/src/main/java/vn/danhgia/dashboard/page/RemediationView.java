package vn.danhgia.dashboard.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.danhgia.dashboard.query.RemediationQuery.OrganizationRemediation;
import vn.danhgia.dashboard.query.RemediationQuery.Shortcoming;

/**
 * What the remediation template shows: the organizations in the query's order (recurring and unremedied
 * first), each with its shortcomings of the chosen latest status, and the counts of the cards over all
 * the filtered shortcomings (before the status filter, so the cards say what there is to choose from).
 */
public record RemediationView(
        List<OrganizationRemediation> organizations, Optional<String> status, boolean showsPseudonyms) {
    public RemediationView {
        organizations = List.copyOf(organizations);
        Objects.requireNonNull(status, "status");
    }

    /** The organizations with at least one shortcoming of the chosen status, holding only those. */
    public List<OrganizationRemediation> shown() {
        if (status.isEmpty()) {
            return organizations;
        }
        List<OrganizationRemediation> shown = new ArrayList<>();
        for (OrganizationRemediation organization : organizations) {
            List<Shortcoming> kept = organization.shortcomings().stream()
                    .filter(one -> one.latestStatus().equals(status.get()))
                    .toList();
            if (!kept.isEmpty()) {
                shown.add(new OrganizationRemediation(
                        organization.organizationCode(),
                        organization.organizationName(),
                        organization.unitType(),
                        kept));
            }
        }
        return shown;
    }

    /** Shortcomings (before the status filter) whose latest status is {@code code}. */
    public long count(String code) {
        return organizations.stream()
                .flatMap(organization -> organization.shortcomings().stream())
                .filter(one -> one.latestStatus().equals(code))
                .count();
    }

    public long countShown() {
        return shown().stream()
                .mapToLong(organization -> organization.shortcomings().size())
                .sum();
    }

    /** An organization's shortcomings whose latest status is {@code code}. */
    public static long count(OrganizationRemediation organization, String code) {
        return organization.shortcomings().stream()
                .filter(one -> one.latestStatus().equals(code))
                .count();
    }

    /** How many members an organization's shortcomings name (viewers see this number, never who). */
    public static long countPersons(OrganizationRemediation organization) {
        return organization.shortcomings().stream()
                .filter(one -> one.subjectKind().equals("person"))
                .map(one -> one.personKey().orElse(one.key()))
                .distinct()
                .count();
    }
}
