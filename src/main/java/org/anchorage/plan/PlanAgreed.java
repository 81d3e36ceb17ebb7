package org.anchorage.plan;

import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.ParticipantStatus;
import org.anchorage.participant.PipelineMilestone;

/** The first goal agreed with the participant was saved: they are preparing for work. */
public record PlanAgreed(ParticipantId participant, String goal, String actor) implements PipelineMilestone {

    @Override
    public ParticipantStatus reaches() {
        return ParticipantStatus.PREPARING;
    }

    @Override
    public String timelineKind() {
        return "plan";
    }

    @Override
    public String description() {
        return "Agreed a plan: " + goal;
    }
}
