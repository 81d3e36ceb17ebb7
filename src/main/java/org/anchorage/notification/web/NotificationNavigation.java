package org.anchorage.notification.web;

import java.util.List;
import java.util.Set;
import org.anchorage.shared.web.NavigationContributor;
import org.anchorage.shared.web.NavigationLink;
import org.springframework.stereotype.Component;

/** "Messages" in the menu for administrators: the outbox's failures and the templates. */
@Component
class NotificationNavigation implements NavigationContributor {

    @Override
    public List<NavigationLink> navigationLinks() {
        return List.of(new NavigationLink("Messages", "/notifications", 70, Set.of("ROLE_ADMINISTRATOR")));
    }
}
