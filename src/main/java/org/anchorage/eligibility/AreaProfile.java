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
}
