package org.anchorage.reporting.web;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anchorage.shared.web.HomePage;
import org.anchorage.shared.web.NavigationContributor;
import org.anchorage.shared.web.NavigationLink;
import org.springframework.stereotype.Component;

/** "Reports" in the menu for funders, programme managers and administrators; a funder's start page is the list of their reports. */
@Component
class ReportsNavigation implements NavigationContributor, HomePage {

    @Override
    public List<NavigationLink> navigationLinks() {
        return List.of(new NavigationLink("Reports", "/reports", 85, Set.of("ROLE_FUNDER", "ROLE_PROGRAMME_MANAGER", "ROLE_ADMINISTRATOR")));
    }

    @Override
    public Optional<String> homeFor(Collection<String> authorities) {
        return authorities.contains("ROLE_FUNDER") ? Optional.of("/reports") : Optional.empty();
    }
}
