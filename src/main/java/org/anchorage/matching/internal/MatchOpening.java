package org.anchorage.matching.internal;

/**
 * A paid placement as the matcher sees it.
 *
 * @param latitude       WGS84 degrees
 * @param longitude      WGS84 degrees
 * @param roleFamily     bit index (0..63) into {@link MatchPerson#roleInterests()}
 * @param hoursPerWeek   hours the placement needs
 * @param requiredShifts bitmask in the same bits as {@link MatchPerson#availableShifts()}
 * @param minimumAge     inclusive, on {@code startsOn}
 * @param maximumAge     inclusive, on {@code startsOn}; {@link Integer#MAX_VALUE} when none
 * @param startsOn       start date as yyyymmdd
 * @param places         how many people it can take, at least 1 (0 or less is treated as no places)
 */
public record MatchOpening(double latitude, double longitude, int roleFamily, int hoursPerWeek, int requiredShifts,
                           int minimumAge, int maximumAge, int startsOn, int places) {
}
