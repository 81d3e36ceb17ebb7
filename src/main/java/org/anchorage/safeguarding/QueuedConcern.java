package org.anchorage.safeguarding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One line of the lead's queue. */
public record QueuedConcern(UUID id, String personName, String programmeName, Instant raisedAt, List<ConcernCategory> categories,
                            Answer immediateRisk, LocalDate acknowledgeBy, boolean acknowledged, Instant closedAt) {

    public String reference() {
        return Concerns.reference(id);
    }

    public boolean urgent() {
        return immediateRisk == Answer.YES && closedAt == null;
    }

    public boolean overdueOn(LocalDate today) {
        return !acknowledged && closedAt == null && today.isAfter(acknowledgeBy);
    }
}
