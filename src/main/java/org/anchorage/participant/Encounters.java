package org.anchorage.participant;

import org.anchorage.identity.SignedInUser;

/**
 * Whether a staff user meets a person in their work: their navigator, their mentor, the trainer of a
 * session they are booked on, a supervisor at the host their placement is with. Anyone who meets the
 * person may raise a safeguarding concern about them. Each module that knows such a relationship
 * implements it; one answering yes is enough.
 */
public interface Encounters {

    boolean meets(SignedInUser user, ParticipantId person);
}
