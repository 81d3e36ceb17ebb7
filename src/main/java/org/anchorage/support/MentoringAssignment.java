package org.anchorage.support;

import java.time.LocalDate;
import java.util.UUID;
import org.anchorage.identity.UserId;
import org.anchorage.participant.ParticipantId;
import org.anchorage.programme.ProgrammeId;

/**
 * One mentor assigned to one person, from a start date to an end date (open-ended when null). Ended early
 * when {@code endedReason} is set: from then the mentor no longer sees the person, whatever the dates say.
 */
public record MentoringAssignment(UUID id, ParticipantId participant, ProgrammeId programme, UserId mentor, String mentorName,
                                  LocalDate startsOn, LocalDate endsOn, String endedReason, LocalDate nextSessionOn, int version) {

    public boolean endedEarly() {
        return endedReason != null && !endedReason.isBlank();
    }

    /** Current or still to start: what "one mentor at a time" counts. */
    public boolean activeOrPlanned(LocalDate today) {
        return !endedEarly() && (endsOn == null || !endsOn.isBefore(today));
    }

    public boolean currentOn(LocalDate today) {
        return activeOrPlanned(today) && !startsOn.isAfter(today);
    }

    /** The mentor's first name, as the participant sees it on their own page. */
    public String mentorFirstName() {
        String name = mentorName == null ? "" : mentorName.strip();
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
