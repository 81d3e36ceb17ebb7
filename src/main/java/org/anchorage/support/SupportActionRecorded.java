package org.anchorage.support;

import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.ParticipantStatus;
import org.anchorage.participant.PipelineMilestone;

/**
 * A support action was added, done or no longer needed, or barrier fund money was asked for, decided or
 * paid: a step on the person's timeline only (no stage is evidenced by it).
 */
public record SupportActionRecorded(ParticipantId participant, String actor, String description, String timelineKind)
        implements PipelineMilestone {

    @Override
    public ParticipantStatus reaches() {
        return null;
    }
}
