package org.anchorage.outcome;

import java.time.LocalDate;
import java.util.UUID;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.ParticipantStatus;
import org.anchorage.participant.PipelineMilestone;
import org.anchorage.shared.web.Display;

/** A job start recorded with its evidence: the person is in work. */
public record JobStarted(UUID jobStart, ParticipantId participant, String role, String employer, LocalDate on, String actor)
        implements PipelineMilestone {

    @Override
    public ParticipantStatus reaches() {
        return ParticipantStatus.IN_WORK;
    }

    @Override
    public String timelineKind() {
        return "work";
    }

    @Override
    public String description() {
        return "Started work as " + role + " at " + employer + " on " + Display.date(on);
    }
}
