package org.anchorage.referral.web;

import java.util.List;
import java.util.Set;
import org.anchorage.shared.web.NavigationContributor;
import org.anchorage.shared.web.NavigationLink;
import org.springframework.stereotype.Component;

@Component
class ReferralNavigation implements NavigationContributor {

    @Override
    public List<NavigationLink> navigationLinks() {
        return List.of(
                new NavigationLink("Referrals", "/referrals", 30, Set.of("ROLE_REFERRAL_PARTNER")),
                new NavigationLink("Triage", "/triage", 30, Set.of("ROLE_NAVIGATOR", "ROLE_PROGRAMME_MANAGER")));
    }
}
