package org.anchorage.programme;

import java.util.regex.Pattern;
import org.anchorage.shared.RuleViolation;

/** Refuses rules that cannot be right, naming the part that is wrong. */
final class EligibilityRulesCheck {

    private static final Pattern LOCAL_AUTHORITY = Pattern.compile("E0[6-9]\\d{6}");
    private static final Pattern LSOA = Pattern.compile("E01\\d{6}");
    private static final Pattern WARD = Pattern.compile("E05\\d{6}");

    private EligibilityRulesCheck() {}

    static void check(EligibilityRules rules) {
        if (rules.maxDecile() != null && (rules.maxDecile() < 1 || rules.maxDecile() > 10)) {
            throw new RuleViolation("eligibility.maxDecile", "The highest decile must be a whole number from 1 to 10");
        }
        if (rules.minAge() != null && (rules.minAge() < 14 || rules.minAge() > 100)) {
            throw new RuleViolation("eligibility.minAge", "The youngest age must be from 14 to 100");
        }
        if (rules.maxAge() != null && (rules.maxAge() < 14 || rules.maxAge() > 100)) {
            throw new RuleViolation("eligibility.maxAge", "The oldest age must be from 14 to 100");
        }
        if (rules.minAge() != null && rules.maxAge() != null && rules.minAge() > rules.maxAge()) {
            throw new RuleViolation("eligibility.maxAge", "The oldest age must be the same as or more than the youngest age");
        }
        for (String code : rules.localAuthorityCodes()) {
            if (!LOCAL_AUTHORITY.matcher(code).matches()) {
                throw new RuleViolation("eligibility.localAuthorityCodes",
                        "'" + code + "' is not an English local authority code, like E06000034");
            }
        }
        for (String code : rules.targetLsoaCodes()) {
            if (!LSOA.matcher(code).matches()) {
                throw new RuleViolation("eligibility.targetLsoaCodes", "'" + code + "' is not an LSOA code, like E01016006");
            }
        }
        for (EligibilityRules.TargetPlace place : rules.targetPlaces()) {
            if (place.name() == null || place.name().isBlank() || place.name().length() > 100) {
                throw new RuleViolation("eligibility.targetPlaces", "Each target place needs a name of up to 100 characters");
            }
            if (place.lsoaCodes().isEmpty() && place.wardCodes().isEmpty()) {
                throw new RuleViolation("eligibility.targetPlaces", place.name() + " needs at least one LSOA or ward code");
            }
            for (String code : place.lsoaCodes()) {
                if (!LSOA.matcher(code).matches()) {
                    throw new RuleViolation("eligibility.targetPlaces", "'" + code + "' in " + place.name() + " is not an LSOA code, like E01016006");
                }
            }
            for (String code : place.wardCodes()) {
                if (!WARD.matcher(code).matches()) {
                    throw new RuleViolation("eligibility.targetPlaces", "'" + code + "' in " + place.name() + " is not a ward code, like E05015830");
                }
            }
        }
    }
}
