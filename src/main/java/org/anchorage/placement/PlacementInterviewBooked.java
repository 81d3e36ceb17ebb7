package org.anchorage.placement;

import java.time.Instant;
import java.util.UUID;
import org.anchorage.participant.ParticipantId;

/** A host booked an interview with a candidate for their placement; published in the booking's transaction. */
public record PlacementInterviewBooked(UUID candidate, ParticipantId participant, String placement, Instant at) {}
