package org.anchorage.support.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.anchorage.participant.DueItem;
import org.anchorage.participant.DueWork;
import org.anchorage.participant.ParticipantId;
import org.anchorage.shared.web.Display;
import org.anchorage.support.EarlyWarnings;
import org.springframework.stereotype.Component;

/** Open early warnings nobody has acknowledged yet are work on the worklist, due on the day they were raised. */
@Component
class EarlyWarningDueWork implements DueWork {

    private final EarlyWarningRecords records;

    EarlyWarningDueWork(EarlyWarningRecords records) {
        this.records = records;
    }

    @Override
    public List<DueItem> dueFor(Collection<ParticipantId> people, LocalDate today) {
        if (people.isEmpty()) {
            return List.of();
        }
        return records.unacknowledged(people).stream()
                .map(f -> new DueItem(f.participant(), EarlyWarnings.KIND, "Early warning: " + f.why(),
                        LocalDate.ofInstant(f.raisedAt(), Display.LONDON), "/participants/" + f.participant().value() + "/warnings"))
                .toList();
    }
}
