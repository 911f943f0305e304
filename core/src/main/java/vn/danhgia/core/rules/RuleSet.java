package vn.danhgia.core.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of one period of regulations (e.g. 2019–2022: QĐ 132 + HD 21), as the analytics need them:
 * the excellent quota, the score bands (2025 on), caps, exemptions, the conditions for an excellent
 * organization and the deadlines.
 */
public record RuleSet(
        Years years,
        Framework framework,
        ExcellentQuota excellentQuota,
        Optional<ScoreBands> scoreBands,
        Optional<DisciplineRule> discipline,
        List<Cap> caps,
        List<Exemption> exemptions,
        ExcellentOrganizationConditions excellentOrganization,
        Deadlines deadlines) {

    public RuleSet {
        Objects.requireNonNull(years, "years");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(excellentQuota, "excellentQuota");
        Objects.requireNonNull(scoreBands, "scoreBands");
        Objects.requireNonNull(discipline, "discipline");
        caps = List.copyOf(caps);
        exemptions = List.copyOf(exemptions);
        Objects.requireNonNull(excellentOrganization, "excellentOrganization");
        Objects.requireNonNull(deadlines, "deadlines");
    }

    public Optional<Cap> cap(CapCondition condition) {
        return caps.stream().filter(cap -> cap.condition() == condition).findFirst();
    }
}
