package org.anchorage.support.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.anchorage.participant.DueItem;
import org.anchorage.participant.DueWork;
import org.anchorage.participant.ParticipantId;
import org.springframework.stereotype.Component;

/** Open support actions overdue or due within the worklist's horizon: one query for a whole caseload. */
@Component
class SupportActionDueWork implements DueWork {

    static final String KIND = "Support action";

    private final SupportActionRecords records;

    SupportActionDueWork(SupportActionRecords records) {
        this.records = records;
    }

    @Override
    public List<DueItem> dueFor(Collection<ParticipantId> people, LocalDate today) {
        if (people.isEmpty()) {
            return List.of();
        }
        return records.openDueBy(people, today.plusDays(HORIZON_DAYS)).stream()
                .map(d -> new DueItem(d.participant(), KIND, d.what(), d.dueOn(), "/participants/" + d.participant().value() + "/support"))
                .toList();
    }
}
