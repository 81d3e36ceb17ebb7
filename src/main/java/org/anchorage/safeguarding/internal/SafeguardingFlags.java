package org.anchorage.safeguarding.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.RecordFlag;
import org.anchorage.participant.RecordFlags;
import org.anchorage.safeguarding.Concerns;
import org.springframework.stereotype.Component;

/**
 * A red "Safeguarding" flag on the record of a person with a concern whose lead allowed it, seen by whoever may
 * open the record (their navigator, the programme's managers). No detail: whom to speak to, nothing more.
 */
@Component
class SafeguardingFlags implements RecordFlags {

    private final Concerns concerns;

    SafeguardingFlags(Concerns concerns) {
        this.concerns = concerns;
    }

    @Override
    public List<RecordFlag> flagsFor(Collection<ParticipantId> people, SignedInUser viewer, LocalDate today) {
        return concerns.flagged(people).entrySet().stream().map(e -> new RecordFlag(e.getKey(), "Safeguarding",
                e.getValue() == null ? "Speak to the programme manager about safeguarding"
                        : "Speak to the safeguarding lead, " + e.getValue(), null, null, true)).toList();
    }
}
