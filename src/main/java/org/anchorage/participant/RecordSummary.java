package org.anchorage.participant;

import java.util.List;

/**
 * The top of every section of a participant's record (overview, contacts, plan, training,
 * placements, timeline): who, where they are, who looks after them, and what is due next.
 * Sections owned by other modules ask {@link Participants#summary} for it and include the
 * {@code participant/record :: header(section)} fragment, so the header reads the same everywhere.
 *
 * @param due     what is due for this person, earliest first (the overview lists it; the header shows the first)
 * @param flags   short warnings in plain words ("First contact overdue"), shown as red tags
 * @param needs   how to communicate with them (large print, an interpreter), so nobody sends the wrong thing
 * @param raised  flags other modules raise ({@link RecordFlags}): early warnings, safeguarding; urgent first
 */
public record RecordSummary(ParticipantId id, String name, ParticipantStatus status, String navigatorName,
                            String programmeName, long daysOnProgramme, List<DueItem> due, List<String> flags, int version,
                            List<String> needs, List<RecordFlag> raised) {

    /** The earliest thing due, or null. */
    public DueItem nextDue() {
        return due.isEmpty() ? null : due.getFirst();
    }
}
