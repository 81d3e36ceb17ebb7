package org.anchorage.training.web;

import java.util.List;
import java.util.Set;
import org.anchorage.shared.web.NavigationContributor;
import org.anchorage.shared.web.NavigationLink;
import org.springframework.stereotype.Component;

@Component
class TrainingNavigation implements NavigationContributor {

    @Override
    public List<NavigationLink> navigationLinks() {
        return List.of(new NavigationLink("Training", "/training", 40,
                Set.of("ROLE_NAVIGATOR", "ROLE_PROGRAMME_MANAGER", "ROLE_TRAINER")));
    }
}
