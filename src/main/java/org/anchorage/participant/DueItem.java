package org.anchorage.participant;

import java.time.LocalDate;

/**
 * One thing due on a caseload, with the page where it is done.
 *
 * @param kind what sort of work, in the programme's words, e.g. "Plan review" or "Employment check";
 *             the worklist counts and filters by it
 * @param what one line naming the work, e.g. "DBS check for Porter at St Mary's"
 * @param link the page where it is done, e.g. "/placements/candidates/…"; always a page this
 *             caseload's navigator may open
 */
public record DueItem(ParticipantId participant, String kind, String what, LocalDate dueOn, String link) {

    public boolean overdueOn(LocalDate today) {
        return dueOn.isBefore(today);
    }
}
