package org.anchorage.support;

import java.util.List;
import org.anchorage.identity.UserId;

/**
 * A free mentor who could take the person on, and why they are suggested, in plain words.
 *
 * @param kilometres distance from the mentor's base to the person's postcode, or null when either is unknown
 */
public record MentorSuggestion(UserId mentor, String name, String organisationName, boolean sharesRoleFamily, Double kilometres,
                               int mentees, int capacity, List<String> reasons) {}
