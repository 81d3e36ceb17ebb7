package org.anchorage.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;
import org.anchorage.identity.Role;
import org.anchorage.shared.web.NavigationContributor;
import org.anchorage.shared.web.NavigationLink;
import org.springframework.stereotype.Component;

@Component
class IdentityNavigation implements NavigationContributor {

    @Override
    public List<NavigationLink> navigationLinks() {
        Set<String> everyone = Arrays.stream(Role.values()).map(Role::authority).collect(Collectors.toSet());
        return List.of(new NavigationLink("Users", "/users", 80, Set.of(Role.ADMINISTRATOR.authority())),
                // Last in the menu, for every role: change your password, sign out everywhere.
                new NavigationLink("Your account", "/account", 1000, everyone));
    }
}
