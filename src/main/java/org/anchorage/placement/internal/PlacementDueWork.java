package org.anchorage.placement.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.anchorage.participant.DueItem;
import org.anchorage.participant.DueWork;
import org.anchorage.participant.ParticipantId;
import org.anchorage.placement.CheckStandard;
import org.anchorage.shared.web.Display;
import org.springframework.stereotype.Component;

/**
 * What placements put on a navigator's worklist: employment checks falling due, host feedback at the
 * midpoint and the end, placements about to end, and interviews coming up (or passed with no outcome).
 * Each links to the candidate page, which the person's navigator may open. Four queries, however many people.
 */
@Component
class PlacementDueWork implements DueWork {

    private final PlacementRecords records;

    PlacementDueWork(PlacementRecords records) {
        this.records = records;
    }

    @Override
    public List<DueItem> dueFor(Collection<ParticipantId> people, LocalDate today) {
        if (people.isEmpty()) {
            return List.of();
        }
        LocalDate until = today.plusDays(HORIZON_DAYS);
        List<DueItem> items = new ArrayList<>();
        for (var d : records.checksDue(people, until)) {
            String check = CheckStandard.fromCode(d.what()).map(CheckStandard::label).orElse(d.what());
            items.add(item(d, check + " check for " + where(d)));
        }
        for (var d : records.feedbackDue(people, until)) {
            items.add(item(d, (d.what().equals("midpoint") ? "Midpoint" : "End") + " feedback from the host for " + where(d)));
        }
        for (var d : records.endingBy(people, until)) {
            items.add(item(d, (d.dueOn().isBefore(today) ? "Record the end of " : "Ends soon: ") + where(d)));
        }
        var end = until.plusDays(1).atStartOfDay(Display.LONDON).toInstant();
        for (var d : records.interviewsBefore(people, end)) {
            items.add(item(d, (d.dueOn().isBefore(today) ? "Record the outcome of the interview for " : "Interview for ")
                    + where(d) + ", " + Display.dateTime(d.at())));
        }
        return items;
    }

    private static String where(PlacementRecords.Due d) {
        return d.placement() + " at " + d.site();
    }

    private static DueItem item(PlacementRecords.Due d, String what) {
        return new DueItem(d.participant(), d.kind(), what, d.dueOn(), "/placements/candidates/" + d.candidate());
    }
}
