package org.anchorage.outcome;

import java.time.LocalDate;
import java.util.UUID;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.ParticipantStatus;
import org.anchorage.participant.PipelineMilestone;

/** Progression in a job (a pay rise, more or fewer hours, a promotion): a step on the timeline, evidence for no new stage. */
public record JobChanged(UUID jobStart, UUID change, ParticipantId participant, String role, String employer, LocalDate on,
                         String summary, String actor) implements PipelineMilestone {

    @Override
    public ParticipantStatus reaches() {
        return null;
    }

    @Override
    public String timelineKind() {
        return "work";
    }

    @Override
    public String description() {
        return "Change in the job as " + role + " at " + employer + ". " + summary;
    }
}
