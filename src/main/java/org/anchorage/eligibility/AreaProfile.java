package org.anchorage.eligibility;

import java.util.Map;

/**
 * Everything the shipped data says about a postcode's area: the facts decisions use, the seven
 * IoD2025 domain deciles (income, employment ...), the ward, the postcode's position, and whether it
 * has been terminated (known only from an imported directory; a terminated postcode keeps its area).
 */
public record AreaProfile(AreaFacts facts, Map<String, Integer> domainDeciles, String wardName, Double latitude,
                          Double longitude, boolean terminated) {

    /** Domain names in the order MHCLG publishes them, with the labels pages show. */
    public static final Map<String, String> DOMAINS = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>() {{
        put("income", "Income");
        put("employment", "Employment");
        put("education", "Education, skills and training");
        put("health", "Health and disability");
        put("crime", "Crime");
        put("barriers_housing_services", "Barriers to housing and services");
        put("living_environment", "Living environment");
    }});

    /** The mean Earth radius (IUGG) every distance in the product is worked out on. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    /** Great-circle distance between two positions by the haversine formula, in kilometres. */
    public static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double sinHalfDPhi = Math.sin((phi2 - phi1) / 2);
        double sinHalfDLambda = Math.sin(Math.toRadians(lon2 - lon1) / 2);
        double h = sinHalfDPhi * sinHalfDPhi + Math.cos(phi1) * Math.cos(phi2) * sinHalfDLambda * sinHalfDLambda;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, h)));
    }

    /** How far this postcode is from another's, in kilometres (both must have a position). */
    public double kilometresTo(AreaProfile other) {
        return kilometres(latitude, longitude, other.latitude, other.longitude);
    }
}
