package org.anchorage.programme;

import java.util.List;
import java.util.Set;

/**
 * A programme's own eligibility criteria. Every part is optional: an absent part sets no limit.
 *
 * @param imdEdition          which Indices of Deprivation decide the decile (IoD2025 or IoD2019)
 * @param maxDecile           the highest IMD decile that qualifies (1 = the 10% most deprived)
 * @param localAuthorityCodes the local authorities (e.g. E06000034 Thurrock) a home must be in
 * @param targetLsoaCodes     neighbourhoods that qualify on their own
 * @param targetPlaces        named places (e.g. "Tilbury") as sets of LSOAs or wards
 * @param minAge              youngest age on the day of the check
 * @param maxAge              oldest age on the day of the check
 * @param employmentStatuses  statuses that qualify (unemployed, economically-inactive, neet)
 * @param rightToWorkRequired whether the person must have the right to work in the UK
 */
public record EligibilityRules(
        ImdEdition imdEdition,
        Integer maxDecile,
        List<String> localAuthorityCodes,
        List<String> targetLsoaCodes,
        List<TargetPlace> targetPlaces,
        Integer minAge,
        Integer maxAge,
        Set<EmploymentStatus> employmentStatuses,
        Boolean rightToWorkRequired) {

    public EligibilityRules {
        localAuthorityCodes = localAuthorityCodes == null ? List.of() : List.copyOf(localAuthorityCodes);
        targetLsoaCodes = targetLsoaCodes == null ? List.of() : List.copyOf(targetLsoaCodes);
        targetPlaces = targetPlaces == null ? List.of() : List.copyOf(targetPlaces);
        employmentStatuses = employmentStatuses == null ? Set.of() : Set.copyOf(employmentStatuses);
    }

    public static EligibilityRules none() {
        return new EligibilityRules(null, null, null, null, null, null, null, null, null);
    }

    /** The edition a decision uses: the one chosen, or the newest when none was. */
    public ImdEdition editionOrDefault() {
        return imdEdition == null ? ImdEdition.IOD2025 : imdEdition;
    }

    /** The target place a home in this LSOA or ward is in (the first that lists either), if any; either code may be null. */
    public java.util.Optional<String> targetPlaceFor(String lsoaCode, String wardCode) {
        return targetPlaces.stream()
                .filter(p -> (lsoaCode != null && p.lsoaCodes().contains(lsoaCode)) || (wardCode != null && p.wardCodes().contains(wardCode)))
                .map(TargetPlace::name).findFirst();
    }

    /** A named neighbourhood set, e.g. "Canvey Island" as its LSOAs or wards. */
    public record TargetPlace(String name, List<String> lsoaCodes, List<String> wardCodes) {
        public TargetPlace {
            lsoaCodes = lsoaCodes == null ? List.of() : List.copyOf(lsoaCodes);
            wardCodes = wardCodes == null ? List.of() : List.copyOf(wardCodes);
        }
    }
}
