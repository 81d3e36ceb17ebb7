package org.anchorage.access;

import java.util.Set;
import java.util.UUID;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Works out the signed-in user's {@link AccessScope}. Memberships are read afresh for each request (once,
 * however often the request asks), so a change to who takes part in a programme applies at the next
 * request, not the next sign-in.
 */
@Service
public class AccessPolicy {

    private static final String SCOPE = AccessPolicy.class.getName() + ".scope/";

    private final ProgrammeMemberships memberships;

    AccessPolicy(ProgrammeMemberships memberships) {
        this.memberships = memberships;
    }

    public AccessScope scopeOf(SignedInUser user) {
        if (user == null) {
            return AccessScope.NOBODY;
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return read(user);
        }
        String key = SCOPE + user.id() + "/" + user.role() + "/" + user.organisationId();
        if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof AccessScope known) {
            return known;
        }
        AccessScope scope = read(user);
        request.setAttribute(key, scope, RequestAttributes.SCOPE_REQUEST);
        return scope;
    }

    private AccessScope read(SignedInUser user) {
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

    /**
     * Whether this person may mentor someone on the programme: an enabled mentor of an organisation that
     * takes part in it (NHS staff volunteering from any member organisation).
     */
    public boolean mayMentor(Role role, boolean enabled, org.anchorage.organisation.OrganisationId organisation, UUID programme) {
        return role == Role.MENTOR && enabled && memberships.takingPart(organisation).contains(programme);
    }
}
