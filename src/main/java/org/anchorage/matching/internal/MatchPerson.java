package org.anchorage.matching.internal;

/**
 * A participant as the matcher sees them: only what the suitability points and exclusions need.
 *
 * @param latitude        WGS84 degrees
 * @param longitude       WGS84 degrees
 * @param roleInterests   bit i set = interested in role family i; 0 = no interest stated
 * @param readiness       0..100
 * @param checksCleared   0..6 NHS employment checks already passed
 * @param hoursAvailable  0..60 hours a week, or -1 when unknown
 * @param availableShifts bitmask (bits defined by the caller); 0 = unknown
 * @param bornOn          date of birth as yyyymmdd, e.g. 20010701
 */
public record MatchPerson(double latitude, double longitude, long roleInterests, int readiness, int checksCleared,
                          int hoursAvailable, int availableShifts, int bornOn) {
}
