package org.anchorage.placement;

import java.time.LocalDate;
import java.util.UUID;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.ParticipantStatus;
import org.anchorage.participant.PipelineMilestone;
import org.anchorage.shared.web.Display;

/**
 * A placement finished, or ended early with a reason. Ending early takes the person back to preparing;
 * completing leaves them in placement until a job outcome moves them on.
 */
public record PlacementEnded(UUID candidate, ParticipantId participant, String placement, LocalDate on, boolean completed,
                             String reason, String actor) implements PipelineMilestone {

    @Override
    public ParticipantStatus reaches() {
        return completed ? null : ParticipantStatus.PREPARING;
    }

    @Override
    public ParticipantStatus endsEvidenceFor() {
        return completed ? null : ParticipantStatus.IN_PLACEMENT;
    }

    @Override
    public String description() {
        return completed ? "Completed the placement " + placement + " on " + Display.date(on)
                : "The placement " + placement + " ended early on " + Display.date(on) + ": " + reason;
    }
}
