package org.anchorage.participant;

import java.util.List;

/**
 * How to reach a participant, for the module that sends them messages: the name to address them by (their preferred
 * name when they gave one), email, phone, how they prefer to be contacted, the postal address lines (postcode last)
 * and the formats they need. Nothing else of the record.
 */
public record ContactRoute(String name, String email, String phone, String preference, List<String> postalAddress,
                           boolean largePrint, boolean easyRead) {}
