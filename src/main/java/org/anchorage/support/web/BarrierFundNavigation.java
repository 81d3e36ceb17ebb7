package org.anchorage.support.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anchorage.identity.Role;
import org.anchorage.identity.SignedInUser;
import org.anchorage.shared.web.NavigationContributor;
import org.anchorage.shared.web.NavigationLink;
import org.anchorage.support.BarrierFunds;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** A programme manager's "Barrier fund" link, with how many requests wait for them to decide. */
@Component
class BarrierFundNavigation implements NavigationContributor {

    private final BarrierFunds funds;

    BarrierFundNavigation(BarrierFunds funds) {
        this.funds = funds;
    }

    @Override
    public List<NavigationLink> navigationLinks() {
        return List.of(new NavigationLink("Barrier fund", "/barrier-fund", 45, Set.of(Role.PROGRAMME_MANAGER.authority())));
    }

    /** One indexed count of the requests waiting in the manager's programmes that they did not make. */
    @Override
    public Optional<String> countBeside(NavigationLink link, Authentication reader) {
        if (!link.href().equals("/barrier-fund") || !(reader.getPrincipal() instanceof SignedInUser user)
                || !user.has(Role.PROGRAMME_MANAGER)) {
            return Optional.empty();
        }
        int waiting = funds.waitingCount(user);
        return waiting == 0 ? Optional.empty() : Optional.of(waiting + " waiting");
    }
}
