package org.anchorage.training;

import java.time.LocalDate;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.ParticipantStatus;
import org.anchorage.participant.PipelineMilestone;
import org.anchorage.shared.web.Display;

/** The trainer's register marked a course completed: evidence the person is preparing for work. */
public record TrainingCompleted(ParticipantId participant, String course, LocalDate on, String actor) implements PipelineMilestone {

    @Override
    public ParticipantStatus reaches() {
        return ParticipantStatus.PREPARING;
    }

    @Override
    public String timelineKind() {
        return "training";
    }

    @Override
    public String description() {
        return "Completed " + course + " on " + Display.date(on);
    }
}
