package org.anchorage.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A candidate as the host employer sees them: the minimum the host needs (name, availability, a
 * readiness summary and the adjustments the participant agreed to share) and the placement steps the
 * host records. Never barriers, health, equality, safeguarding data or the matching reasons.
 */
public record HostCandidate(UUID id, UUID placementId, String name, String stage, String availability,
                            String readinessSummary, String adjustments, Instant interviewAt, String interviewOutcome,
                            LocalDate offeredOn, LocalDate plannedStartOn, LocalDate startedOn, LocalDate endedOn,
                            List<EmploymentCheck> checks, List<AttendanceWeek> attendance, List<HostFeedback> feedback) {

    public String stageLabel() {
        return Stage.fromCode(stage).map(Stage::label).orElse(stage);
    }

    public static HostCandidate of(Candidate c) {
        return new HostCandidate(c.id(), c.offer(), c.name(), c.stage().code(), c.availability(), c.readinessSummary(),
                c.adjustments(), c.interviewAt(), c.interviewOutcome(), c.offeredOn(), c.plannedStartOn(), c.startedOn(),
                c.endedOn(), c.checks(), c.attendance(), c.feedback());
    }
}
