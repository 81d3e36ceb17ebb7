package org.anchorage.outcome;

import java.time.LocalDate;
import java.util.UUID;
import org.anchorage.participant.ParticipantId;

/**
 * A sustainment check was recorded at the {@code weeks} check point of a job start: whether the person was
 * still in work (the same job, another or promoted) or had left. For reporting who stayed; the timeline and
 * stages hear of a leaving through {@link JobLeft}.
 */
public record SustainmentChecked(UUID jobStart, ParticipantId participant, int weeks, boolean inWork, LocalDate on) {}
