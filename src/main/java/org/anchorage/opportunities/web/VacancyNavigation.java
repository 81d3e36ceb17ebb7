package org.anchorage.opportunities.web;

import java.util.List;
import java.util.Set;
import org.anchorage.shared.web.NavigationContributor;
import org.anchorage.shared.web.NavigationLink;
import org.springframework.stereotype.Component;

/** "Vacancies" in the menu for employers and programme managers (apart from the pages, which only they may call). */
@Component
class VacancyNavigation implements NavigationContributor {

    @Override
    public List<NavigationLink> navigationLinks() {
        return List.of(new NavigationLink("Vacancies", "/vacancies", 45, Set.of("ROLE_EMPLOYER", "ROLE_PROGRAMME_MANAGER")));
    }
}
