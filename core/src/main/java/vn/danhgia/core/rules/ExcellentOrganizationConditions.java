package vn.danhgia.core.rules;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What an organization needs, besides its own results, to be rated excellent; shares are 0..1 and an
 * empty one means the period has no such condition.
 *
 * @param minShareMembersAtLeastCompleted share of members rated HTNV or better (2019–2022: 100%)
 * @param minShareMembersAtLeastGood share of members rated HTTNV or better (2019–2022: 80%)
 * @param noDisciplinedSubUnitOrLeadership no sub-unit or leadership member disciplined in the year (2023 on)
 * @param notCompletedWhenShareSubUnitsDisciplinedAbove above this share of disciplined sub-units the
 *     organization is KHTNV (2023 on: 20%)
 * @param minShareTasksOnTime share of tasks done on time (2025 on: 100%)
 * @param minShareTasksExceeded share of tasks exceeded (2025 on: 30%)
 * @param minShareShortcomingsRemedied share of earlier shortcomings remedied (2025 on: 100%)
 */
public record ExcellentOrganizationConditions(
        OptionalDouble minShareMembersAtLeastCompleted,
        OptionalDouble minShareMembersAtLeastGood,
        boolean noDisciplinedSubUnitOrLeadership,
        OptionalDouble notCompletedWhenShareSubUnitsDisciplinedAbove,
        OptionalDouble minShareTasksOnTime,
        OptionalDouble minShareTasksExceeded,
        OptionalDouble minShareShortcomingsRemedied) {

    public ExcellentOrganizationConditions {
        for (OptionalDouble share : new OptionalDouble[] {
            minShareMembersAtLeastCompleted,
            minShareMembersAtLeastGood,
            notCompletedWhenShareSubUnitsDisciplinedAbove,
            minShareTasksOnTime,
            minShareTasksExceeded,
            minShareShortcomingsRemedied
        }) {
            Objects.requireNonNull(share, "share");
            if (share.isPresent() && !(share.getAsDouble() >= 0 && share.getAsDouble() <= 1)) {
                throw new IllegalArgumentException("A share must be between 0 and 1, got " + share.getAsDouble());
            }
        }
    }
}
