package org.anchorage.participant;

import java.util.List;
import org.anchorage.referral.ReferralId;

/**
 * Entries another module keeps about a participant that belong on their timeline (the messages sent to them), so the
 * timeline shows them without this module reading that module's tables. Implemented by the module that owns them.
 */
public interface TimelineSource {

    /** Entries about this participant, or about the referral that brought them (before they were a participant). */
    List<TimelineEntry> entriesFor(ParticipantId participant, ReferralId referral);
}
