package org.anchorage.opportunities.web;

import java.util.List;
import org.anchorage.opportunities.LiveOpportunities;
import org.anchorage.opportunities.Opportunity;
import org.anchorage.shared.web.ResidentHomeSection;
import org.springframework.stereotype.Component;

/** "Jobs and placements open now" on the residents' home page: the three closing soonest; left out when none is open. */
@Component
class OpportunitiesOnTheHomePage implements ResidentHomeSection {

    static final int SHOWN = 3;

    private final LiveOpportunities live;

    OpportunitiesOnTheHomePage(LiveOpportunities live) {
        this.live = live;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "opportunities/home-section";
    }

    @Override
    public Object content() {
        List<Opportunity> soonest = live.closingSoonest(SHOWN);
        return soonest.isEmpty() ? null : soonest;
    }
}
