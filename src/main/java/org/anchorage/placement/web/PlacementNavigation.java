package org.anchorage.placement.web;

import java.util.List;
import java.util.Set;
import org.anchorage.shared.web.NavigationContributor;
import org.anchorage.shared.web.NavigationLink;
import org.springframework.stereotype.Component;

@Component
class PlacementNavigation implements NavigationContributor {

    @Override
    public List<NavigationLink> navigationLinks() {
        return List.of(new NavigationLink("Placements", "/placements", 50,
                Set.of("ROLE_EMPLOYER", "ROLE_NAVIGATOR", "ROLE_PROGRAMME_MANAGER")));
    }
}
