package org.anchorage.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything due or overdue on a caseload, gathered from every module that implements {@link DueWork}.
 * Earliest first, so what is most overdue leads.
 */
@Service
public class Worklist {

    private final ObjectProvider<DueWork> sources;
    private final Clock clock;

    Worklist(ObjectProvider<DueWork> sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    /** What is due for these people (already filtered by the access policy), earliest first. */
    @Transactional(readOnly = true)
    public List<DueItem> dueFor(Collection<ParticipantId> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<DueItem> items = new ArrayList<>();
        sources.orderedStream().forEach(source -> items.addAll(source.dueFor(people, today)));
        items.sort(Comparator.comparing(DueItem::dueOn).thenComparing(DueItem::kind));
        return items;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
