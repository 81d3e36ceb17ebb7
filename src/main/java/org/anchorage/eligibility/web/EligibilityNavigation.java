package org.anchorage.eligibility.web;

import java.util.List;
import java.util.Set;
import org.anchorage.shared.web.NavigationContributor;
import org.anchorage.shared.web.NavigationLink;
import org.springframework.stereotype.Component;

@Component
class EligibilityNavigation implements NavigationContributor {

    @Override
    public List<NavigationLink> navigationLinks() {
        Set<String> staff = Set.of("ROLE_ADMINISTRATOR", "ROLE_PROGRAMME_MANAGER", "ROLE_NAVIGATOR", "ROLE_REFERRAL_PARTNER");
        return List.of(new NavigationLink("Eligibility", "/eligibility", 20, staff),
                new NavigationLink("Postcode look-up", "/areas", 21, staff));
    }
}
