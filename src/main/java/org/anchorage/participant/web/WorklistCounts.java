package org.anchorage.participant.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.anchorage.identity.SignedInUser;
import org.anchorage.identity.UserId;
import org.anchorage.participant.Participants;
import org.springframework.stereotype.Component;

/**
 * How many things are overdue on a navigator's worklist, for the count beside "Worklist" in the header.
 * Shown on every page, so it is kept for a minute per person on this node rather than worked out each
 * time; the worklist page itself always counts afresh and refreshes it. A hint, not a record: nothing
 * personal is kept, only a number per user id.
 */
@Component
class WorklistCounts {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);
    private static final int MOST_KEPT = 10_000;

    private record Count(int overdue, Instant countedAt) {}

    private final Map<UserId, Count> counts = new ConcurrentHashMap<>();
    private final Participants participants;
    private final Clock clock;

    WorklistCounts(Participants participants, Clock clock) {
        this.participants = participants;
        this.clock = clock;
    }

    int overdue(SignedInUser user) {
        Count known = counts.get(user.id());
        if (known != null && known.countedAt().plus(FRESH_FOR).isAfter(clock.instant())) {
            return known.overdue();
        }
        int overdue = participants.overdueOnWorklist(user);
        remember(user.id(), overdue);
        return overdue;
    }

    void remember(UserId user, int overdue) {
        if (counts.size() >= MOST_KEPT) {
            counts.clear();
        }
        counts.put(user, new Count(overdue, clock.instant()));
    }
}
