package org.anchorage.participant;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.anchorage.identity.SignedInUser;

/**
 * Flags another module raises on a person's record (an early warning, "safeguarding: speak to the lead"),
 * shown in the record's header and beside the person on the worklist. Like {@link DueWork}, each module
 * that owns such facts implements it, so this module never reads their tables.
 */
public interface RecordFlags {

    /**
     * The flags this viewer may see for these people, answered in one or a few SQL queries. The viewer has
     * already been allowed to act for every person in {@code people}; a module with stricter rules (a
     * safeguarding flag the lead has not released) filters by them here.
     */
    List<RecordFlag> flagsFor(Collection<ParticipantId> people, SignedInUser viewer, LocalDate today);
}
