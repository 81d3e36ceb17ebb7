package org.anchorage.placement;

import java.util.UUID;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.ParticipantStatus;
import org.anchorage.participant.PipelineMilestone;

/** A navigator put someone forward to a host: they are now preparing for work. */
public record CandidatePutForward(UUID candidate, ParticipantId participant, String placement, String actor)
        implements PipelineMilestone {

    @Override
    public ParticipantStatus reaches() {
        return ParticipantStatus.PREPARING;
    }

    @Override
    public String description() {
        return "Put forward for the placement " + placement;
    }
}
