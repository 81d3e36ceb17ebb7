package org.anchorage.matching.internal;

/**
 * Suitability points (0..100) of one person for one opening, and the exclusions that forbid the pair.
 * Pure functions of their arguments, safe from any thread.
 */
public final class Suitability {

    /** Mean Earth radius (IUGG), the sphere every distance here is measured on. */
    static final double EARTH_RADIUS_KM = org.anchorage.eligibility.AreaProfile.EARTH_RADIUS_KM;

    public static final int ROLE_POINTS = 30;
    public static final int ROLE_UNSTATED_POINTS = 10;
    public static final int READINESS_POINTS = 20;
    public static final int CHECKS_POINTS = 15;
    public static final int DISTANCE_POINTS = 20;
    public static final int HOURS_POINTS = 10;
    public static final int SHIFTS_POINTS = 5;
    /** The most a pair can score; the assignment relies on scores lying in 0..MAX_POINTS. */
    public static final int MAX_POINTS = ROLE_POINTS + READINESS_POINTS + CHECKS_POINTS + DISTANCE_POINTS
            + HOURS_POINTS + SHIFTS_POINTS;

    /** The points of a permitted pair, part by part, and the distance they were scored at. */
    public record Breakdown(int role, int readiness, int checks, int distance, int hours, int shifts, double km) {
        public int total() {
            return role + readiness + checks + distance + hours + shifts;
        }
    }

    /** Completed years between two yyyymmdd dates: exact because month and day sit below the 10,000s. */
    public static int ageOn(int bornOn, int date) {
        return (date - bornOn) / 10000;
    }

    /** The points of the pair part by part, or null when the pair is not permitted. */
    public static Breakdown breakdown(MatchPerson p, MatchOpening o, double km, double maxKm) {
        if (!permitted(p, o, km, maxKm)) {
            return null;
        }
        return new Breakdown(role(p, o), readiness(p), checks(p), distance(km, maxKm), hours(p, o), shifts(p, o), km);
    }

    /** The same total as {@link #breakdown}, or -1 when not permitted; allocates nothing (the link builder's hot loop). */
    public static int score(MatchPerson p, MatchOpening o, double km, double maxKm) {
        if (!permitted(p, o, km, maxKm)) {
            return -1;
        }
        return role(p, o) + readiness(p) + checks(p) + distance(km, maxKm) + hours(p, o) + shifts(p, o);
    }

    /**
     * Great-circle distance by the haversine formula on a sphere of radius {@value #EARTH_RADIUS_KM} km.
     * (The link builder computes the same formula from per-point sines and cosines; see CandidateLinks.)
     */
    public static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        return org.anchorage.eligibility.AreaProfile.kilometres(lat1, lon1, lat2, lon2);
    }

    static boolean permitted(MatchPerson p, MatchOpening o, double km, double maxKm) {
        // Written as !(km <= maxKm) so an unknown (NaN) distance is refused too.
        if (!(km <= maxKm)) {
            return false;
        }
        int age = ageOn(p.bornOn(), o.startsOn());
        return age >= o.minimumAge() && age <= o.maximumAge();
    }

    static int role(MatchPerson p, MatchOpening o) {
        long interests = p.roleInterests();
        if (interests == 0) {
            return ROLE_UNSTATED_POINTS;
        }
        int family = o.roleFamily();
        // Guarded because Java shifts a long by the family mod 64, which would alias family 64 to 0.
        return family >= 0 && family < 64 && (interests >>> family & 1L) != 0 ? ROLE_POINTS : 0;
    }

    // Inputs are clamped to their documented ranges so no pair can score outside 0..100, which the
    // exact assignment depends on.
    static int readiness(MatchPerson p) {
        return (int) Math.round(clamp(p.readiness(), 0, 100) / 5.0);
    }

    static int checks(MatchPerson p) {
        return (int) Math.round(clamp(p.checksCleared(), 0, 6) * 15 / 6.0);
    }

    static int distance(double km, double maxKm) {
        if (!(maxKm > 0)) {
            return DISTANCE_POINTS;
        }
        return (int) Math.round(DISTANCE_POINTS * (1 - Math.max(0, km) / maxKm));
    }

    static int hours(MatchPerson p, MatchOpening o) {
        int available = p.hoursAvailable();
        if (available < 0) {
            return HOURS_POINTS / 2;
        }
        int needed = o.hoursPerWeek();
        if (needed <= available) {
            return HOURS_POINTS;
        }
        return (int) Math.round(10.0 * available / needed);
    }

    static int shifts(MatchPerson p, MatchOpening o) {
        int available = p.availableShifts();
        if (available == 0) {
            return 3;
        }
        int required = o.requiredShifts();
        if ((required & ~available) == 0) {
            return SHIFTS_POINTS;
        }
        return (required & available) != 0 ? 2 : 0;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    private Suitability() {}
}
