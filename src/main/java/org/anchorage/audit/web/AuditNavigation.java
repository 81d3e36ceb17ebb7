package org.anchorage.audit.web;

import java.util.List;
import java.util.Set;
import org.anchorage.shared.web.NavigationContributor;
import org.anchorage.shared.web.NavigationLink;
import org.springframework.stereotype.Component;

@Component
class AuditNavigation implements NavigationContributor {

    @Override
    public List<NavigationLink> navigationLinks() {
        return List.of(new NavigationLink("Audit trail", "/audit", 90, Set.of("ROLE_ADMINISTRATOR")));
    }
}
