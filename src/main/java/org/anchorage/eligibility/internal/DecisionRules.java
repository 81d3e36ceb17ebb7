package org.anchorage.eligibility.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anchorage.eligibility.AreaFacts;
import org.anchorage.eligibility.EligibilityDecision;
import org.anchorage.eligibility.EligibilityInputs;
import org.anchorage.eligibility.EligibilityReason;
import org.anchorage.programme.EligibilityRules;
import org.anchorage.programme.EmploymentStatus;
import org.anchorage.programme.ImdEdition;

/**
 * Applies a programme's rules to one person. Pure: no database, no clock of its own, so the same
 * inputs always give the same decision and every rule is unit-tested.
 *
 * <p>Where someone lives qualifies when it is one of the programme's target neighbourhoods or
 * places, or when it is both deprived enough and in one of its local authorities. Unknown
 * employment status or right to work never fails a check: it is a question for a navigator.
 */
public final class DecisionRules {

    private DecisionRules() {}

    public static EligibilityDecision decide(EligibilityRules rules, int rulesVersion, EligibilityInputs inputs,
                                             Optional<AreaFacts> found, LocalDate today, Instant now) {
        ImdEdition edition = rules.editionOrDefault();
        List<EligibilityReason> reasons = new ArrayList<>();
        AreaFacts area = found.orElse(null);
        if (area == null) {
            reasons.add(new EligibilityReason("postcode.notFound", "We could not find the postcode " + inputs.postcode()
                    + " in the official postcode data for England, so we cannot check the area.", false));
        } else {
            reasons.addAll(place(rules, edition, area));
        }
        age(rules, inputs.dateOfBirth(), today).ifPresent(reasons::add);
        employment(rules, inputs.employmentStatus()).ifPresent(reasons::add);
        rightToWork(rules, inputs.rightToWork()).ifPresent(reasons::add);
        boolean eligible = reasons.stream().allMatch(EligibilityReason::met);
        return new EligibilityDecision(eligible, List.copyOf(reasons), edition, area, inputs, rulesVersion, now);
    }

    private static List<EligibilityReason> place(EligibilityRules rules, ImdEdition edition, AreaFacts area) {
        List<EligibilityReason> reasons = new ArrayList<>();
        String where = area.lsoaName() + " (" + area.lsoaCode() + ") in " + area.localAuthorityName();
        Integer decile = edition == ImdEdition.IOD2019 ? area.imd2019Decile() : Integer.valueOf(area.imd2025Decile());
        String decileText = decile == null ? "" : ", decile " + decile + " of the " + edition.label();
        Optional<String> targetPlace = rules.targetPlaceFor(area.lsoaCode(), area.wardCode());
        if (targetPlace.isPresent()) {
            reasons.add(new EligibilityReason("area.targetPlace",
                    "The postcode is in " + targetPlace.get() + ", a target place of this programme: " + where + decileText + ".", true));
            return reasons;
        }
        if (rules.targetLsoaCodes().contains(area.lsoaCode())) {
            reasons.add(new EligibilityReason("area.targetNeighbourhood",
                    "The postcode is in " + where + decileText + ", a target neighbourhood of this programme.", true));
            return reasons;
        }
        if (!rules.localAuthorityCodes().isEmpty()) {
            boolean inside = rules.localAuthorityCodes().contains(area.localAuthorityCode());
            reasons.add(new EligibilityReason(inside ? "area.inLocalAuthority" : "area.outsideLocalAuthorities",
                    inside ? "The postcode is in " + area.localAuthorityName() + ", one of this programme's areas."
                            : "The postcode is in " + area.localAuthorityName() + ", which is not one of this programme's areas.",
                    inside));
        }
        if (rules.maxDecile() != null) {
            if (decile == null) {
                reasons.add(new EligibilityReason("area.noDecile", "The " + edition.label()
                        + " has no figure for " + where + ".", false));
            } else {
                boolean deprived = decile <= rules.maxDecile();
                String parent = edition == ImdEdition.IOD2019 && area.imd2019Approximated()
                        ? " This neighbourhood was redrawn in 2021, so the figure is for the most deprived 2011 neighbourhood it was made from ("
                                + area.imd2019LsoaCode() + ")."
                        : "";
                reasons.add(new EligibilityReason(deprived ? "area.decileWithin" : "area.decileTooHigh",
                        where + " is in decile " + decile + " of the " + edition.label() + " (1 is the most deprived 10%)."
                                + (deprived ? " This programme takes deciles up to " + rules.maxDecile() + "."
                                : " This programme takes only deciles up to " + rules.maxDecile() + ".") + parent,
                        deprived));
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(new EligibilityReason("area.anywhere", "This programme takes people from anywhere: " + where + ".", true));
        }
        return reasons;
    }

    private static Optional<EligibilityReason> age(EligibilityRules rules, LocalDate dateOfBirth, LocalDate today) {
        if (rules.minAge() == null && rules.maxAge() == null) {
            return Optional.empty();
        }
        int age = Period.between(dateOfBirth, today).getYears();
        if (rules.minAge() != null && age < rules.minAge()) {
            return Optional.of(new EligibilityReason("age.tooYoung",
                    "Aged " + age + " today; this programme is for people aged " + band(rules) + ".", false));
        }
        if (rules.maxAge() != null && age > rules.maxAge()) {
            return Optional.of(new EligibilityReason("age.tooOld",
                    "Aged " + age + " today; this programme is for people aged " + band(rules) + ".", false));
        }
        return Optional.of(new EligibilityReason("age.within",
                "Aged " + age + " today, within this programme's ages (" + band(rules) + ").", true));
    }

    private static String band(EligibilityRules rules) {
        if (rules.minAge() != null && rules.maxAge() != null) {
            return rules.minAge() + " to " + rules.maxAge();
        }
        return rules.minAge() != null ? rules.minAge() + " or over" : rules.maxAge() + " or under";
    }

    private static Optional<EligibilityReason> employment(EligibilityRules rules, EmploymentStatus status) {
        if (rules.employmentStatuses().isEmpty()) {
            return Optional.empty();
        }
        if (status == null) {
            return Optional.of(new EligibilityReason("employment.toConfirm",
                    "Employment status was not given: a navigator will ask about it.", true));
        }
        boolean ok = rules.employmentStatuses().contains(status);
        return Optional.of(new EligibilityReason(ok ? "employment.within" : "employment.notEligible",
                ok ? "Employment status '" + status.label() + "' is one this programme supports."
                        : "Employment status '" + status.label() + "' is not one this programme supports.", ok));
    }

    private static Optional<EligibilityReason> rightToWork(EligibilityRules rules, Boolean rightToWork) {
        if (!Boolean.TRUE.equals(rules.rightToWorkRequired())) {
            return Optional.empty();
        }
        if (rightToWork == null) {
            return Optional.of(new EligibilityReason("rightToWork.toConfirm",
                    "Right to work in the UK was not given: it will be checked before any placement.", true));
        }
        return Optional.of(rightToWork
                ? new EligibilityReason("rightToWork.confirmed", "Has the right to work in the UK.", true)
                : new EligibilityReason("rightToWork.missing", "This programme needs the right to work in the UK.", false));
    }
}
