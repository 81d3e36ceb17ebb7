package org.anchorage.support.internal;

import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.Encounters;
import org.anchorage.participant.ParticipantId;
import org.anchorage.support.Mentoring;
import org.springframework.stereotype.Component;

/** A mentor meets the people they mentor now (an assignment within its dates), so they may raise a concern about them. */
@Component
class MentoringEncounters implements Encounters {

    private final Mentoring mentoring;

    MentoringEncounters(Mentoring mentoring) {
        this.mentoring = mentoring;
    }

    @Override
    public boolean meets(SignedInUser user, ParticipantId person) {
        return user != null && user.has(Role.MENTOR) && mentoring.mentorsNow(person, user);
    }
}
