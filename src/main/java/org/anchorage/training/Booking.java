package org.anchorage.training;

import java.util.UUID;
import org.anchorage.participant.ParticipantId;

/** A place (or a waiting-list place) on a session; the name is the minimum a trainer needs. */
public record Booking(UUID id, UUID session, ParticipantId participant, String participantName, String status,
                      Boolean attended, boolean completed, UUID certificate) {}
