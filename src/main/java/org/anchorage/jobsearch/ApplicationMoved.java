package org.anchorage.jobsearch;

import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.ParticipantStatus;
import org.anchorage.participant.PipelineMilestone;

/**
 * An application was made or changed status: a line on the participant's timeline only, as an application is
 * not evidence for a stage (the job start that follows an offer is, and outcome publishes it).
 */
public record ApplicationMoved(ParticipantId participant, String description, String actor) implements PipelineMilestone {

    @Override
    public ParticipantStatus reaches() {
        return null;
    }

    @Override
    public String timelineKind() {
        return "work";
    }
}
