package org.anchorage.outreach.web;

import org.anchorage.outreach.OutreachEvents;
import org.anchorage.shared.web.ResidentHomeSection;
import org.springframework.stereotype.Component;

/** "Events coming up" on the residents' home page: the next three, and the way to all of them. */
@Component
class EventsHomeSection implements ResidentHomeSection {

    private final OutreachEvents events;

    EventsHomeSection(OutreachEvents events) {
        this.events = events;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String template() {
        return "outreach/home-events";
    }

    @Override
    public Object content() {
        var next = events.comingUp(3);
        return next.isEmpty() ? null : next;
    }
}
