package org.anchorage.shared.web;

import java.util.Collection;
import java.util.Optional;

/**
 * A module's start page for the roles it serves (a navigator's home is their worklist), so the site's
 * start page need not know the modules. The first contributor that answers wins.
 */
public interface HomePage {

    /** The path to show at "/" for someone holding these authorities (e.g. "ROLE_NAVIGATOR"), if this module has one. */
    Optional<String> homeFor(Collection<String> authorities);
}
