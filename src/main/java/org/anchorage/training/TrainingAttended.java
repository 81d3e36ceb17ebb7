package org.anchorage.training;

import java.time.LocalDate;
import org.anchorage.participant.ParticipantId;

/** The register shows the person present at a session of a course: for reporting who started training (sent each time the register is taken). */
public record TrainingAttended(ParticipantId participant, String course, LocalDate on) {}
