package org.anchorage.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page (a dashboard once signed in) and the statements every service must publish. */
@Controller
class SiteController {

    private final java.util.List<HomePage> homePages;

    SiteController(java.util.List<HomePage> homePages) {
        this.homePages = homePages;
    }

    /** Signed-in staff whose module has a start page (a navigator's worklist) see it here; everyone else the dashboard. */
    @GetMapping("/")
    String home(org.springframework.security.core.Authentication authentication) {
        if (authentication != null && authentication.isAuthenticated()) {
            var held = authentication.getAuthorities().stream().map(org.springframework.security.core.GrantedAuthority::getAuthority).toList();
            for (HomePage page : homePages) {
                var path = page.homeFor(held);
                if (path.isPresent()) {
                    return "forward:" + path.get();
                }
            }
        }
        return "home/index";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "home/privacy";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "home/accessibility";
    }
}
