package org.anchorage.support.web;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anchorage.shared.web.HomePage;
import org.anchorage.shared.web.NavigationContributor;
import org.anchorage.shared.web.NavigationLink;
import org.springframework.stereotype.Component;

/** A mentor's day starts at their mentees; a participant finds their own support page in the header. */
@Component
class MentorNavigation implements NavigationContributor, HomePage {

    @Override
    public List<NavigationLink> navigationLinks() {
        return List.of(new NavigationLink("Mentees", "/mentees", 2, Set.of("ROLE_MENTOR")),
                new NavigationLink("My support", "/my-support", 6, Set.of("ROLE_PARTICIPANT")));
    }

    @Override
    public Optional<String> homeFor(Collection<String> authorities) {
        return authorities.contains("ROLE_MENTOR") ? Optional.of("/mentees") : Optional.empty();
    }
}
