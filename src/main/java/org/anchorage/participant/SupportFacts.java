package org.anchorage.participant;

import org.anchorage.identity.UserId;
import org.anchorage.programme.ProgrammeId;

/**
 * The little the support module needs about a person to decide who may see them and to match a mentor:
 * their programme and navigator (for the access policy), the name they like to be called by, how they
 * like to be contacted, and their postcode (for a mentor's distance, never shown to the mentor). No full
 * name, address, date of birth or equality data.
 */
public record SupportFacts(ParticipantId id, ProgrammeId programme, UserId navigator, String preferredName,
                           String contactPreference, String postcode, ParticipantStatus status) {}
