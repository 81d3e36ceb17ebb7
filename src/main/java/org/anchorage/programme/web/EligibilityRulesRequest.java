package org.anchorage.programme.web;

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
        String imdEdition,
        Integer maxDecile,
        List<String> localAuthorityCodes,
        List<String> targetLsoaCodes,
        List<EligibilityRules.TargetPlace> targetPlaces,
        Integer minAge,
        Integer maxAge,
        List<String> employmentStatuses,
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
