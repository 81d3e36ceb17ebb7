package org.anchorage.training;

import java.time.Instant;
import java.util.UUID;
import org.anchorage.identity.UserId;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.programme.ProgrammeId;

public record TrainingSession(UUID id, Course course, ProgrammeId programme, Instant startsAt, String venue, int capacity,
                              UserId trainer, int booked, int waiting, OrganisationId provider) {

    public int placesLeft() {
        return Math.max(0, capacity - booked);
    }
}
