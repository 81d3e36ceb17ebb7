package org.anchorage.participant.web;

import java.util.List;
import java.util.Set;
import org.anchorage.shared.web.NavigationContributor;
import org.anchorage.shared.web.NavigationLink;
import org.springframework.stereotype.Component;

@Component
class ParticipantNavigation implements NavigationContributor, org.anchorage.shared.web.HomePage {

    /** A navigator's and a manager's day starts at the worklist. */
    @Override
    public java.util.Optional<String> homeFor(java.util.Collection<String> authorities) {
        return authorities.contains("ROLE_NAVIGATOR") || authorities.contains("ROLE_PROGRAMME_MANAGER")
                ? java.util.Optional.of("/worklist") : java.util.Optional.empty();
    }


    @Override
    public List<NavigationLink> navigationLinks() {
        return List.of(new NavigationLink("Worklist", "/worklist", 20, Set.of("ROLE_NAVIGATOR", "ROLE_PROGRAMME_MANAGER")),
                new NavigationLink("Caseload", "/caseload", 25, Set.of("ROLE_NAVIGATOR", "ROLE_PROGRAMME_MANAGER")));
    }
}
