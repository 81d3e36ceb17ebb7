package org.anchorage.careers.web;

import java.util.List;
import org.anchorage.careers.CareerRole;
import org.anchorage.careers.Roles;
import org.anchorage.shared.web.ResidentHomeSection;
import org.springframework.stereotype.Component;

/** "Jobs you could do" on the residents' home page: the first few published roles, and the way to all of them. */
@Component
class RolesOnHome implements ResidentHomeSection {

    static final int SHOWN = 4;

    private final Roles roles;

    RolesOnHome(Roles roles) {
        this.roles = roles;
    }

    /** What the fragment shows: a few roles, and how many there are in all. */
    record Content(List<CareerRole.Shown> roles, int total) {}

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "careers/home-roles";
    }

    @Override
    public Object content() {
        var published = roles.published();
        return published.isEmpty() ? null : new Content(published.subList(0, Math.min(SHOWN, published.size())), published.size());
    }
}
