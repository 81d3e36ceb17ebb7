package org.anchorage.training;

import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.ParticipantStatus;
import org.anchorage.participant.PipelineMilestone;

/**
 * A booking was cancelled, or a waiting-list place became a place: for the person's timeline only
 * (neither is evidence for a stage).
 */
public record BookingChanged(ParticipantId participant, String description, String actor) implements PipelineMilestone {

    @Override
    public ParticipantStatus reaches() {
        return null;
    }

    @Override
    public String timelineKind() {
        return "training";
    }
}
