package org.anchorage.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the navigation its reader's role may use, and marks the current section. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private final List<NavigationContributor> contributors;

    LayoutAdvice(List<NavigationContributor> contributors) {
        this.contributors = contributors;
    }

    @ModelAttribute("navigation")
    List<CurrentLink> navigation(HttpServletRequest request) {
        return linksFor(SecurityContextHolder.getContext().getAuthentication(), request.getRequestURI());
    }

    @ModelAttribute("signedInAs")
    String signedInAs() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken ? null : authentication.getName();
    }

    List<CurrentLink> linksFor(Authentication authentication, String path) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return List.of();
        }
        var held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return contributors.stream()
                .flatMap(c -> c.navigationLinks().stream()
                        .filter(link -> link.authorities().stream().anyMatch(held::contains))
                        .filter(link -> c.offers(link, authentication))
                        .map(link -> new CurrentLink(link.label() + c.countBeside(link, authentication).map(n -> " (" + n + ")").orElse(""),
                                link.href(), path.equals(link.href()) || path.startsWith(link.href() + "/"), link.order())))
                .sorted(Comparator.comparingInt(CurrentLink::order))
                .toList();
    }

    record CurrentLink(String label, String href, boolean current, int order) {}
}
