package org.anchorage.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.anchorage.participant.ParticipantId;

/**
 * One person on one placement, as the programme's staff see it (navigators, managers): including the
 * suitability score and its reasons, which the host never sees.
 */
public record Candidate(UUID id, UUID offer, ParticipantId participant, String name, Stage stage, Integer suitability,
                        String reasons, String availability, String readinessSummary, String adjustments,
                        Instant putForwardAt, Instant interviewAt, String interviewOutcome, String interviewNotes,
                        LocalDate offeredOn, LocalDate plannedStartOn, LocalDate startedOn, LocalDate endedOn,
                        String endReason, List<EmploymentCheck> checks, List<AttendanceWeek> attendance,
                        List<HostFeedback> feedback) {

    public long overdueChecks() {
        return checks.stream().filter(EmploymentCheck::overdue).count();
    }

    /** Days from the conditional offer to the first day: the stretch where NHS placements most often lose people. */
    public Long daysOfferToStart() {
        return offeredOn == null || startedOn == null ? null : ChronoUnit.DAYS.between(offeredOn, startedOn);
    }
}
