package org.anchorage.careers.web;

import java.util.List;
import java.util.Set;
import org.anchorage.shared.web.NavigationContributor;
import org.anchorage.shared.web.NavigationLink;
import org.springframework.stereotype.Component;

/** "Job roles" in the menu for programme managers and administrators, who edit what residents read about each job. */
@Component
class RolesNavigation implements NavigationContributor {

    @Override
    public List<NavigationLink> navigationLinks() {
        return List.of(new NavigationLink("Job roles", "/careers/roles", 60, Set.of("ROLE_PROGRAMME_MANAGER", "ROLE_ADMINISTRATOR")));
    }
}
