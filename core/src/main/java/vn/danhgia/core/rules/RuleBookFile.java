package vn.danhgia.core.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.danhgia.core.level.RatingLevel;
import vn.danhgia.core.level.RatingStatus;

/** The shape of rules.yaml as Jackson reads it; nullable fields are checked by {@link RuleBookReader}. */
record RuleBookFile(List<Period> periods, List<ExemptionEntry> exemptions, DeadlineDefaults deadlines) {

    record Period(
            YearRange years,
            FrameworkText framework,
            Quota excellentQuota,
            List<Band> scoreBands,
            Discipline discipline,
            List<CapEntry> caps,
            List<ExemptionEntry> exemptions,
            OrganizationConditions excellentOrganization) {}

    record YearRange(Integer from, Integer to) {}

    record FrameworkText(String regulation, String guidance, String summary) {}

    record Quota(Double ratio, RatingLevel base, QuotaScope scope, Boolean confirmed) {}

    record Band(RatingLevel level, Double atLeast, Double below) {}

    record Discipline(RatingLevel maximum, Boolean exceptSelfDetectedAndRemedied, String description) {}

    record CapEntry(CapCondition condition, RatingLevel maximum, String description) {}

    record ExemptionEntry(ExemptionCategory category, RatingStatus status, String description) {}

    record OrganizationConditions(
            Double minShareMembersAtLeastCompleted,
            Double minShareMembersAtLeastGood,
            Boolean noDisciplinedSubUnitOrLeadership,
            Double notCompletedWhenShareSubUnitsDisciplinedAbove,
            Double minShareTasksOnTime,
            Double minShareTasksExceeded,
            Double minShareShortcomingsRemedied) {}

    record DeadlineDefaults(String reviewDoneBy, String reportSentBy, Map<Integer, YearDeadlines> overrides) {}

    record YearDeadlines(LocalDate reviewDoneBy, LocalDate reportSentBy) {}
}
