package org.anchorage.shared.web;

import java.util.List;

/** Implemented by each module that has pages, so the layout builds the menu without knowing modules. */
public interface NavigationContributor {

    List<NavigationLink> navigationLinks();

    /**
     * A few words shown beside one of this module's links for the signed-in reader, e.g. "3 overdue",
     * or empty. Called on every page, so it must be cheap (a cached count).
     */
    default java.util.Optional<String> countBeside(NavigationLink link, org.springframework.security.core.Authentication reader) {
        return java.util.Optional.empty();
    }

    /**
     * Whether this reader is offered the link at all, beyond holding one of its roles: a link only some users
     * of a role need (the safeguarding queue, for designated leads). Called on every page, so it must be cheap.
     */
    default boolean offers(NavigationLink link, org.springframework.security.core.Authentication reader) {
        return true;
    }
}
