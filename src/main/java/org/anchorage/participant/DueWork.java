package org.anchorage.participant;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Something a module knows is due for people on a caseload: a plan review, an employment check, host
 * feedback, a refresher. Each module that owns such facts implements it, and the worklist gathers them
 * all, so the participant module never reads another module's tables and no module depends back on it.
 */
public interface DueWork {

    /** How far ahead the worklist looks: what is overdue, and what falls due within this many days. */
    int HORIZON_DAYS = 14;

    /**
     * What is overdue or due by {@code today + HORIZON_DAYS} for these people, answered in one or a few
     * SQL queries (a caseload can hold thousands). Items for people not in {@code people} must not appear.
     */
    List<DueItem> dueFor(Collection<ParticipantId> people, LocalDate today);
}
