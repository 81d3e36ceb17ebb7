package org.anchorage.participant;

import java.time.Instant;
import java.util.UUID;

/** An appointment; {@code outcome} is null until the navigator records "attended" or "did-not-attend" afterwards. */
public record Appointment(UUID id, Instant startsAt, String place, String purpose, String bookedBy, String outcome) {

    public Appointment(UUID id, Instant startsAt, String place, String purpose, String bookedBy) {
        this(id, startsAt, place, purpose, bookedBy, null);
    }
}
