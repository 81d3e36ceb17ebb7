package org.anchorage.shared.web;

import java.util.List;

/** Implemented by each module that has pages, so the layout builds the menu without knowing modules. */
public interface NavigationContributor {

    List<NavigationLink> navigationLinks();
}
