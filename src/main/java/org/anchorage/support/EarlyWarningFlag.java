package org.anchorage.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.anchorage.participant.ParticipantId;

/**
 * An early warning on a person's record: which rule, why in plain words, since when; who acknowledged it and
 * what they did; when it cleared (kept as history).
 */
public record EarlyWarningFlag(UUID id, ParticipantId participant, EarlyWarningRule.Code rule, LocalDate since, String why,
                               Instant raisedAt, Instant clearedAt, String acknowledgedBy, Instant acknowledgedAt, String actionTaken) {

    public boolean open() {
        return clearedAt == null;
    }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
