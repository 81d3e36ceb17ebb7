package org.anchorage.outreach;

import java.time.LocalDate;
import java.util.UUID;

/** One piece of outreach, as recorded. {@code targetPlace} and {@code partner} are empty when none. */
public record OutreachActivity(UUID id, LocalDate heldOn, String place, String targetPlace, String partner, int peopleSpokenTo,
                               String note, String recordedBy) {

    /** What a member of staff enters; {@code peopleSpokenTo} is null when it was not a whole number. */
    public record New(LocalDate heldOn, String place, String targetPlace, String partner, Integer peopleSpokenTo, String note) {}
}
