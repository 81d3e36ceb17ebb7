package org.anchorage.participant.internal;

import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.Encounters;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.springframework.stereotype.Component;

/** A person's own navigator meets them, and so, for raising a concern, does a manager of their programme. */
@Component
class NavigatorEncounters implements Encounters {

    private final Participants participants;

    NavigatorEncounters(Participants participants) {
        this.participants = participants;
    }

    @Override
    public boolean meets(SignedInUser user, ParticipantId person) {
        return (user.has(Role.NAVIGATOR) || user.has(Role.PROGRAMME_MANAGER)) && participants.mayActFor(person, user);
    }
}
