package org.anchorage.safeguarding.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anchorage.identity.SignedInUser;
import org.anchorage.safeguarding.Concerns;
import org.anchorage.shared.web.NavigationContributor;
import org.anchorage.shared.web.NavigationLink;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * "Safeguarding" (with how many wait) only for the users who handle concerns, "My safeguarding reports" only
 * for users who have raised one: most staff never see either.
 */
@Component
class SafeguardingNavigation implements NavigationContributor {

    static final String QUEUE = "/safeguarding";
    static final String MINE = "/safeguarding/concerns/mine";
    static final Set<String> STAFF = Set.of("ROLE_PROGRAMME_MANAGER", "ROLE_NAVIGATOR", "ROLE_TRAINER", "ROLE_MENTOR", "ROLE_EMPLOYER");

    private final Concerns concerns;

    SafeguardingNavigation(Concerns concerns) {
        this.concerns = concerns;
    }

    @Override
    public List<NavigationLink> navigationLinks() {
        return List.of(new NavigationLink("Safeguarding", QUEUE, 60, STAFF), new NavigationLink("My safeguarding reports", MINE, 95, STAFF));
    }

    @Override
    public boolean offers(NavigationLink link, Authentication reader) {
        if (!(reader.getPrincipal() instanceof SignedInUser user)) {
            return false;
        }
        return link.href().equals(QUEUE) ? !handled(user).isEmpty() : concerns.hasRaised(user);
    }

    @Override
    public Optional<String> countBeside(NavigationLink link, Authentication reader) {
        if (!link.href().equals(QUEUE) || !(reader.getPrincipal() instanceof SignedInUser user) || handled(user).isEmpty()) {
            return Optional.empty();
        }
        int waiting = concerns.waiting(user);
        return waiting == 0 ? Optional.empty() : Optional.of(waiting + " waiting");
    }

    /** Asked twice for every page a staff user opens (the link, then its count), so worked out once per request. */
    private Set<java.util.UUID> handled(SignedInUser user) {
        var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        String key = SafeguardingNavigation.class.getName() + ".handled/" + user.id();
        if (request != null && request.getAttribute(key, 0) instanceof Set<?> known) {
            @SuppressWarnings("unchecked") Set<java.util.UUID> cached = (Set<java.util.UUID>) known;
            return cached;
        }
        Set<java.util.UUID> programmes = concerns.handledProgrammes(user);
        if (request != null) {
            request.setAttribute(key, programmes, 0);
        }
        return programmes;
    }
}
