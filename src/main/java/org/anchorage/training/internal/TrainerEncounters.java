package org.anchorage.training.internal;

import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.Encounters;
import org.anchorage.participant.ParticipantId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A trainer meets the people booked on the sessions they run, or their provider runs, so may raise a concern. */
@Component
class TrainerEncounters implements Encounters {

    private final TrainingRecords records;

    TrainerEncounters(TrainingRecords records) {
        this.records = records;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean meets(SignedInUser user, ParticipantId person) {
        return user.has(Role.TRAINER) && records.trainerMeets(user.id().value(),
                user.organisationId() == null ? null : user.organisationId().value(), person.value());
    }
}
