package org.anchorage.identity.web;

import java.util.List;
import java.util.Set;
import org.anchorage.identity.Role;
import org.anchorage.shared.web.NavigationContributor;
import org.anchorage.shared.web.NavigationLink;
import org.springframework.stereotype.Component;

@Component
class IdentityNavigation implements NavigationContributor {

    @Override
    public List<NavigationLink> navigationLinks() {
        return List.of(new NavigationLink("Users", "/users", 80, Set.of(Role.ADMINISTRATOR.authority())));
    }
}
