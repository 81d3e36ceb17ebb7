package org.anchorage.training.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.anchorage.participant.DueItem;
import org.anchorage.participant.DueWork;
import org.anchorage.participant.ParticipantId;
import org.springframework.stereotype.Component;

/** Refreshers overdue or falling due soon (the latest certificate of each course), in one query for a caseload. */
@Component
class TrainingDueWork implements DueWork {

    private final TrainingRecords records;

    TrainingDueWork(TrainingRecords records) {
        this.records = records;
    }

    @Override
    public List<DueItem> dueFor(Collection<ParticipantId> people, LocalDate today) {
        if (people.isEmpty()) {
            return List.of();
        }
        return records.refreshersDueBy(people, today.plusDays(HORIZON_DAYS)).stream()
                .map(r -> new DueItem(r.participant(), "Refresher", "Book a refresher: " + r.course(), r.dueOn(),
                        "/participants/" + r.participant().value() + "/training"))
                .toList();
    }
}
