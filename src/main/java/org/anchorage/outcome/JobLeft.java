package org.anchorage.outcome;

import java.time.LocalDate;
import java.util.UUID;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.ParticipantStatus;
import org.anchorage.participant.PipelineMilestone;
import org.anchorage.shared.web.Display;

/**
 * A sustainment check found the person had left the job: the start is no longer evidence of being in work,
 * so they go back to the highest stage still evidenced (a new job start moves them on again).
 */
public record JobLeft(UUID jobStart, ParticipantId participant, String role, String employer, LocalDate on, String reason,
                      String actor) implements PipelineMilestone {

    @Override
    public ParticipantStatus reaches() {
        return null;
    }

    @Override
    public ParticipantStatus endsEvidenceFor() {
        return ParticipantStatus.IN_WORK;
    }

    @Override
    public String timelineKind() {
        return "work";
    }

    @Override
    public String description() {
        return "Left the job as " + role + " at " + employer + " on " + Display.date(on) + ": " + reason;
    }
}
