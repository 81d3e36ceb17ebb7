package org.anchorage.jobsearch.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.anchorage.participant.DueItem;
import org.anchorage.participant.DueWork;
import org.anchorage.participant.ParticipantId;
import org.anchorage.shared.web.Display;
import org.springframework.stereotype.Component;

/**
 * Interviews coming up (or gone by with the application still at interview, so the outcome is due) on the
 * worklist, linking to the record's Job search section. One query, however many people.
 */
@Component
class InterviewDueWork implements DueWork {

    // Not "Interview": placement uses that for a host's placement interview.
    static final String KIND = "Job interview";

    private final ApplicationRecords records;

    InterviewDueWork(ApplicationRecords records) {
        this.records = records;
    }

    @Override
    public List<DueItem> dueFor(Collection<ParticipantId> people, LocalDate today) {
        if (people.isEmpty()) {
            return List.of();
        }
        return records.interviews(people, today.plusDays(HORIZON_DAYS)).stream().map(i -> new DueItem(i.participant(), KIND,
                "Interview on " + Display.date(i.interviewOn()) + (i.interviewTime() == null ? "" : " at " + Display.time(i.interviewTime()))
                        + " for " + i.roleTitle() + " at " + i.employer(),
                i.interviewOn(), "/participants/" + i.participant().value() + "/applications")).toList();
    }
}
