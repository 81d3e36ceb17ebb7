package org.anchorage.participant.web;

import java.util.List;
import java.util.Set;
import org.anchorage.shared.web.NavigationContributor;
import org.anchorage.shared.web.NavigationLink;
import org.springframework.stereotype.Component;

@Component
class ParticipantNavigation implements NavigationContributor {

    @Override
    public List<NavigationLink> navigationLinks() {
        return List.of(new NavigationLink("Caseload", "/caseload", 25, Set.of("ROLE_NAVIGATOR", "ROLE_PROGRAMME_MANAGER")));
    }
}
