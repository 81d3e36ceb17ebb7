package org.anchorage.access;

import java.util.Set;
import java.util.UUID;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.springframework.stereotype.Service;

/**
 * Works out the signed-in user's {@link AccessScope}. Memberships are read afresh each time, so a
 * change to who takes part in a programme applies at the next request, not the next sign-in.
 */
@Service
public class AccessPolicy {

    private final ProgrammeMemberships memberships;

    AccessPolicy(ProgrammeMemberships memberships) {
        this.memberships = memberships;
    }

    public AccessScope scopeOf(SignedInUser user) {
        if (user == null) {
            return AccessScope.NOBODY;
        }
        Set<UUID> takingPart = memberships.takingPart(user.organisationId());
        Set<UUID> leading = user.role() == Role.PROGRAMME_MANAGER ? memberships.leading(user.organisationId()) : Set.of();
        return new AccessScope(user.id(), user.role(), user.organisationId(), takingPart, leading);
    }

    /**
     * Whether a referral may be allocated to this person: an enabled navigator of an organisation that
     * takes part in the programme. Anyone else (another organisation's navigator, a made-up id) is refused.
     */
    public boolean mayBeAllocated(Role role, boolean enabled, org.anchorage.organisation.OrganisationId organisation,
                                  UUID programme) {
        return role == Role.NAVIGATOR && enabled && memberships.takingPart(organisation).contains(programme);
    }
}
