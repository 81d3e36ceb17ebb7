package org.anchorage.placement;

import java.time.LocalDate;
import java.util.UUID;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.ParticipantStatus;
import org.anchorage.participant.PipelineMilestone;
import org.anchorage.shared.web.Display;

/** The host offered a place, subject to the employment checks. */
public record ConditionalOfferMade(UUID candidate, ParticipantId participant, String placement, LocalDate on, String actor)
        implements PipelineMilestone {

    @Override
    public ParticipantStatus reaches() {
        return null;
    }

    @Override
    public String description() {
        return "Conditional offer for the placement " + placement + " on " + Display.date(on) + "; employment checks begin";
    }
}
