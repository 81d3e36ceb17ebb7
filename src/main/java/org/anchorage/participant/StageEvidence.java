package org.anchorage.participant;

import java.time.Instant;

/** What put the person at a stage, when and by whom; {@code endedAt} once it stopped holding (a placement ended early). */
public record StageEvidence(ParticipantStatus stage, String evidence, Instant recordedAt, String recordedBy, Instant endedAt) {

    public boolean holds() {
        return endedAt == null;
    }
}
