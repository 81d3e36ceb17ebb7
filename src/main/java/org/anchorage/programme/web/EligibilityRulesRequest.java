package org.anchorage.programme.web;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.anchorage.programme.EligibilityRules;
import org.anchorage.programme.EmploymentStatus;
import org.anchorage.programme.ImdEdition;
import org.anchorage.shared.RuleViolation;

/**
 * The {@code eligibility} object of CONTRACTS.md, with enum values as plain strings so an unknown
 * one is refused with a message naming the field rather than a parse error.
 */
record EligibilityRulesRequest(
        @Size(max = 20, message = "must be IoD2025 or IoD2019") String imdEdition,
        Integer maxDecile,
        @Size(max = 500, message = "must list 500 local authorities or fewer")
        List<@Size(max = 20, message = "must be a local authority code, like E06000034") String> localAuthorityCodes,
        @Size(max = 5000, message = "must list 5000 neighbourhoods or fewer")
        List<@Size(max = 20, message = "must be an LSOA code, like E01016006") String> targetLsoaCodes,
        @Size(max = 200, message = "must list 200 target places or fewer") List<EligibilityRules.TargetPlace> targetPlaces,
        Integer minAge,
        Integer maxAge,
        @Size(max = 10, message = "must list each employment status at most once")
        List<@Size(max = 40, message = "must be an employment status from the list") String> employmentStatuses,
        Boolean rightToWorkRequired) {

    EligibilityRules toRules() {
        ImdEdition edition = imdEdition == null ? null : ImdEdition.fromCode(imdEdition).orElseThrow(() ->
                new RuleViolation("eligibility.imdEdition", "Unknown edition " + imdEdition + "; use IoD2025 or IoD2019"));
        Set<EmploymentStatus> statuses = employmentStatuses == null ? Set.of() : employmentStatuses.stream()
                .map(s -> EmploymentStatus.fromCode(s).orElseThrow(() -> new RuleViolation("eligibility.employmentStatuses",
                        "Unknown employment status " + s + "; use unemployed, economically-inactive, neet or employed")))
                .collect(Collectors.toSet());
        return new EligibilityRules(edition, maxDecile, trim(localAuthorityCodes), trim(targetLsoaCodes), targetPlaces,
                minAge, maxAge, statuses, rightToWorkRequired);
    }

    static EligibilityRulesView view(EligibilityRules rules) {
        return new EligibilityRulesView(rules.imdEdition() == null ? null : rules.imdEdition().code(), rules.maxDecile(),
                rules.localAuthorityCodes(), rules.targetLsoaCodes(), rules.targetPlaces(), rules.minAge(), rules.maxAge(),
                rules.employmentStatuses().stream().map(EmploymentStatus::code).sorted().toList(), rules.rightToWorkRequired());
    }

    record EligibilityRulesView(String imdEdition, Integer maxDecile, List<String> localAuthorityCodes,
                                List<String> targetLsoaCodes, List<EligibilityRules.TargetPlace> targetPlaces,
                                Integer minAge, Integer maxAge, List<String> employmentStatuses, Boolean rightToWorkRequired) {}

    private static List<String> trim(List<String> codes) {
        return codes == null ? null : codes.stream().map(String::strip).map(String::toUpperCase).toList();
    }
}
