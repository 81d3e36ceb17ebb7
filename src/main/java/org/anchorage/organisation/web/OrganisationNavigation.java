package org.anchorage.organisation.web;

import java.util.List;
import java.util.Set;
import org.anchorage.shared.web.NavigationContributor;
import org.anchorage.shared.web.NavigationLink;
import org.springframework.stereotype.Component;

@Component
class OrganisationNavigation implements NavigationContributor {

    @Override
    public List<NavigationLink> navigationLinks() {
        return List.of(new NavigationLink("Organisations", "/organisations", 70, Set.of("ROLE_ADMINISTRATOR")));
    }
}
