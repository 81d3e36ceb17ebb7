package org.anchorage.placement;

import java.time.LocalDate;
import java.util.UUID;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.ParticipantStatus;
import org.anchorage.participant.PipelineMilestone;
import org.anchorage.shared.web.Display;

/** The first day of a placement, once every check required before the start had passed. */
public record PlacementStarted(UUID candidate, ParticipantId participant, String placement, LocalDate on, String actor)
        implements PipelineMilestone {

    @Override
    public ParticipantStatus reaches() {
        return ParticipantStatus.IN_PLACEMENT;
    }

    @Override
    public String description() {
        return "Started the placement " + placement + " on " + Display.date(on);
    }
}
