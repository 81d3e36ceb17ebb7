package org.anchorage.plan;

import java.time.LocalDate;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.ParticipantStatus;
import org.anchorage.participant.PipelineMilestone;
import org.anchorage.shared.web.Display;

/** An assessment was recorded: the person has engaged with the programme. */
public record AssessmentRecorded(ParticipantId participant, LocalDate on, String actor) implements PipelineMilestone {

    @Override
    public ParticipantStatus reaches() {
        return ParticipantStatus.ENGAGED;
    }

    @Override
    public String timelineKind() {
        return "plan";
    }

    @Override
    public String description() {
        return "Assessed on " + Display.date(on);
    }
}
