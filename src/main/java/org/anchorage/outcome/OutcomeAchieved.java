package org.anchorage.outcome;

import java.time.LocalDate;
import java.util.UUID;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.ParticipantStatus;
import org.anchorage.participant.PipelineMilestone;
import org.anchorage.shared.web.Display;

/**
 * A check or a change evidenced one of the programme's outcomes: the programme's sustainment outcome moves the
 * person to Sustained in work; any other reaches the timeline only.
 */
public record OutcomeAchieved(UUID achievement, UUID jobStart, ParticipantId participant, String definition, String name,
                              boolean sustainment, LocalDate on, String actor) implements PipelineMilestone {

    @Override
    public ParticipantStatus reaches() {
        return sustainment ? ParticipantStatus.SUSTAINED : null;
    }

    @Override
    public String timelineKind() {
        return "work";
    }

    @Override
    public String description() {
        return "Outcome achieved: " + name + ", evidenced on " + Display.date(on);
    }
}
