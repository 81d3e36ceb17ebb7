package org.anchorage.participant;

import java.time.LocalDate;

/**
 * One flag on a record, saying why and since when.
 *
 * @param kind   what sort of flag, in the programme's words ("Early warning", "Safeguarding")
 * @param text   why, in one line ("No contact for 16 days")
 * @param since  when the condition began (shown as "since 20 November 2026"), or null
 * @param link   the page where it is read and acted on, one the viewer may open, or null
 * @param urgent shown in red and first; otherwise shown as a warning
 */
public record RecordFlag(ParticipantId participant, String kind, String text, LocalDate since, String link, boolean urgent) {}
