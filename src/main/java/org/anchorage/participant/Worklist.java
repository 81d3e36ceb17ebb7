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
        return dueFor(people, LocalDate.now(clock));
    }

    /** What is due for these people as it stands on a given day (a scheduled job's day), earliest first. */
    @Transactional(readOnly = true)
    public List<DueItem> dueFor(Collection<ParticipantId> people, LocalDate today) {
        if (people.isEmpty()) {
            return List.of();
        }
        List<DueItem> items = new ArrayList<>();
        sources.orderedStream().forEach(source -> items.addAll(source.dueFor(people, today)));
        items.sort(Comparator.comparing(DueItem::dueOn).thenComparing(DueItem::kind));
        return items;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** One line on a worklist: the item, and the person's name when it concerns a participant. */
    public record Line(DueItem item, String name, boolean overdue) {}

    /** A navigator's worklist (or, for a manager, one navigator's), counted by kind, one page of lines. */
    public record View(List<Line> lines, java.util.Map<String, long[]> countsByKind, int total, int overdue, int page, int pages,
                       String kind) {}

    /** A manager's team: per navigator, caseload size and what is due and overdue. */
    public record TeamRow(org.anchorage.identity.UserId navigator, String name, int caseload, int due, int overdue) {}

    /** What is overdue on one navigator's worklist: how many in all, and how many of each kind (e.g. "Plan review" 3). */
    public record Overdue(org.anchorage.identity.UserId navigator, int count, java.util.Map<String, Integer> byKind) {}

    public static final int PAGE_SIZE = 25;

    /** Lines for these people, filtered by kind, paged; counts by kind are of everything (the page's navigation). */
    View view(java.util.Map<ParticipantId, String> names, List<DueItem> items, String kind, int page) {
        LocalDate today = today();
        java.util.Map<String, long[]> counts = new java.util.TreeMap<>();
        int overdue = 0;
        for (DueItem item : items) {
            long[] c = counts.computeIfAbsent(item.kind(), k -> new long[2]);
            c[0]++;
            if (item.overdueOn(today)) {
                c[1]++;
                overdue++;
            }
        }
        List<DueItem> chosen = kind == null ? items : items.stream().filter(i -> i.kind().equals(kind)).toList();
        int pages = Math.max(1, (chosen.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        List<Line> lines = chosen.stream().skip((long) (current - 1) * PAGE_SIZE).limit(PAGE_SIZE)
                .map(i -> new Line(i, i.participant() == null ? null : names.get(i.participant()), i.overdueOn(today))).toList();
        return new View(lines, counts, items.size(), overdue, current, pages, kind);
    }
}
