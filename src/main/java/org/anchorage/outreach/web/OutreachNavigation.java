package org.anchorage.outreach.web;

import java.util.List;
import java.util.Set;
import org.anchorage.shared.web.NavigationContributor;
import org.anchorage.shared.web.NavigationLink;
import org.springframework.stereotype.Component;

/** "Outreach" in the menu for navigators and programme managers (apart from the pages, which only they may call). */
@Component
class OutreachNavigation implements NavigationContributor {

    @Override
    public List<NavigationLink> navigationLinks() {
        return List.of(new NavigationLink("Outreach", "/outreach", 35, Set.of("ROLE_NAVIGATOR", "ROLE_PROGRAMME_MANAGER")));
    }
}
