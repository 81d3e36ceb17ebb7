package org.anchorage.support;

import java.time.LocalDate;
import org.anchorage.participant.ParticipantId;

/** A line on a mentor's list of mentees: the name they like to be called by and when they meet next. */
public record Mentee(ParticipantId id, String preferredName, LocalDate startsOn, LocalDate endsOn, LocalDate nextSessionOn) {}
