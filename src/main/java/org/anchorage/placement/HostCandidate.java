package org.anchorage.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A candidate as the host employer sees them: the minimum the host needs (name, availability, a
 * readiness summary and the adjustments the participant agreed to share) and the placement steps the
 * host records. Never barriers, health, equality, safeguarding data or the matching reasons; a young person
 * or a longer induction is said in plain words, never the date of birth or a disability.
 */
public record HostCandidate(UUID id, UUID placementId, String name, String stage, String availability,
                            String readinessSummary, String adjustments, Instant interviewAt, String interviewOutcome,
                            LocalDate offeredOn, LocalDate plannedStartOn, LocalDate startedOn, LocalDate endedOn,
                            List<EmploymentCheck> checks, List<AttendanceWeek> attendance, List<HostFeedback> feedback,
                            boolean youngPerson, boolean longerInduction) {

    public String stageLabel() {
        return Stage.fromCode(stage).map(Stage::label).orElse(stage);
    }

    public static HostCandidate of(Candidate c) {
        return new HostCandidate(c.id(), c.offer(), c.name(), c.stage().code(), c.availability(), c.readinessSummary(),
                c.adjustments(), c.interviewAt(), c.interviewOutcome(), c.offeredOn(), c.plannedStartOn(), c.startedOn(),
                c.endedOn(), c.checks(), c.attendance(), c.feedback(), false, false);
    }

    /**
     * What the host must know to welcome them, in plain words and never why: a young person (under 18 on
     * the start date, so young-worker rules apply) and a longer induction with easy-read information.
     */
    public HostCandidate with(org.anchorage.participant.ServiceNeeds needs) {
        return new HostCandidate(id, placementId, name, stage, availability, readinessSummary, adjustments, interviewAt,
                interviewOutcome, offeredOn, plannedStartOn, startedOn, endedOn, checks, attendance, feedback, needs.under18(),
                needs.easyReadAndLongerInduction());
    }
}
