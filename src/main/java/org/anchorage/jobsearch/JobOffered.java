package org.anchorage.jobsearch;

import java.time.LocalDate;
import java.util.UUID;
import org.anchorage.participant.ParticipantId;

/**
 * A job was offered: an application moved on to offer (or straight to pre-employment checks, which follow an offer),
 * or a placement's host offered a job after the placement. Published in the transaction that recorded it; the
 * {@link ApplicationMoved} line on the timeline is published as before.
 */
public record JobOffered(UUID application, ParticipantId participant, String role, String employer, LocalDate on) {}
