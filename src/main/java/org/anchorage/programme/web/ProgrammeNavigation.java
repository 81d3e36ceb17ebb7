package org.anchorage.programme.web;

import java.util.List;
import java.util.Set;
import org.anchorage.shared.web.NavigationContributor;
import org.anchorage.shared.web.NavigationLink;
import org.springframework.stereotype.Component;

@Component
class ProgrammeNavigation implements NavigationContributor {

    @Override
    public List<NavigationLink> navigationLinks() {
        return List.of(new NavigationLink("Programmes", "/programmes", 10,
                Set.of("ROLE_ADMINISTRATOR", "ROLE_PROGRAMME_MANAGER", "ROLE_NAVIGATOR")));
    }
}
