package org.anchorage.outcome.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.anchorage.participant.DueItem;
import org.anchorage.participant.DueWork;
import org.anchorage.participant.ParticipantId;
import org.anchorage.shared.web.Display;
import org.springframework.stereotype.Component;

/**
 * Sustainment checks on the worklist from the day their window opens (the horizon ahead). The item's date is
 * the window's last day, so the worklist counts a check overdue only once its window has passed; the text
 * names the check point itself. One query, however many people.
 */
@Component
class SustainmentDueWork implements DueWork {

    static final String KIND = "Sustainment check";

    private final JobStartRecords records;

    SustainmentDueWork(JobStartRecords records) {
        this.records = records;
    }

    @Override
    public List<DueItem> dueFor(Collection<ParticipantId> people, LocalDate today) {
        if (people.isEmpty()) {
            return List.of();
        }
        return records.openPoints(people, today.plusDays(HORIZON_DAYS)).stream().map(p -> {
            LocalDate due = p.startsOn().plusWeeks(p.weeks());
            LocalDate closes = due.plusWeeks(p.windowWeeks());
            return new DueItem(p.participant(), KIND, p.weeks() + "-week check for " + p.roleTitle() + " at " + p.employer()
                    + ", due " + Display.date(due) + (closes.isBefore(today) ? " (window closed " + Display.date(closes) + ")" : ""),
                    closes, "/participants/" + p.participant().value() + "/work");
        }).toList();
    }
}
