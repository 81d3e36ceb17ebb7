package org.anchorage.participant.web;

import java.util.List;
import java.util.Set;
import org.anchorage.shared.web.NavigationContributor;
import org.anchorage.shared.web.NavigationLink;
import org.springframework.stereotype.Component;

@Component
class ParticipantNavigation implements NavigationContributor, org.anchorage.shared.web.HomePage {

    private final org.springframework.beans.factory.ObjectProvider<WorklistCounts> counts;

    ParticipantNavigation(org.springframework.beans.factory.ObjectProvider<WorklistCounts> counts) {
        this.counts = counts;
    }

    /** A navigator sees how much is overdue beside "Worklist" on every page. */
    @Override
    public java.util.Optional<String> countBeside(NavigationLink link, org.springframework.security.core.Authentication reader) {
        if (!link.href().equals("/worklist") || !(reader.getPrincipal() instanceof org.anchorage.identity.SignedInUser user)
                || !user.has(org.anchorage.identity.Role.NAVIGATOR)) {
            return java.util.Optional.empty();
        }
        int overdue = counts.getObject().overdue(user);
        return overdue == 0 ? java.util.Optional.empty() : java.util.Optional.of(overdue + " overdue");
    }

    /** A navigator's and a manager's day starts at the worklist. */
    @Override
    public java.util.Optional<String> homeFor(java.util.Collection<String> authorities) {
        return authorities.contains("ROLE_NAVIGATOR") || authorities.contains("ROLE_PROGRAMME_MANAGER")
                ? java.util.Optional.of("/worklist") : java.util.Optional.empty();
    }


    @Override
    public List<NavigationLink> navigationLinks() {
        // First, so on a phone they stay in the header rather than under "More".
        return List.of(new NavigationLink("Worklist", "/worklist", 2, Set.of("ROLE_NAVIGATOR", "ROLE_PROGRAMME_MANAGER")),
                new NavigationLink("Caseload", "/caseload", 3, Set.of("ROLE_NAVIGATOR", "ROLE_PROGRAMME_MANAGER")));
    }
}
