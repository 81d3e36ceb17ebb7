package org.anchorage.jobsearch;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.anchorage.participant.ParticipantId;

/**
 * An application moved to interview, with the interview's day and time (null when not known), published in the
 * transaction that recorded it, so the person can be told what was arranged. An interview recorded after it
 * happened carries its past date; whoever listens decides whether it is still news.
 */
public record InterviewArranged(UUID application, ParticipantId participant, String role, String employer, LocalDate on,
                                LocalTime at) {}
