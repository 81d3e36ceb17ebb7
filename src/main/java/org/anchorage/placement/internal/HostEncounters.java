package org.anchorage.placement.internal;

import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.Encounters;
import org.anchorage.participant.ParticipantId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff of a host employer meet the people put forward to, or started on, one of its placements (at
 * interview, at work), so may raise a concern about them.
 */
@Component
class HostEncounters implements Encounters {

    private final PlacementRecords records;

    HostEncounters(PlacementRecords records) {
        this.records = records;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean meets(SignedInUser user, ParticipantId person) {
        return user.has(Role.EMPLOYER) && user.organisationId() != null
                && records.hostMeets(user.organisationId().value(), person.value());
    }
}
