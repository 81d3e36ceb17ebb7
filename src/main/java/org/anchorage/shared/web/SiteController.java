package org.anchorage.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page (a dashboard once signed in) and the statements every service must publish. */
@Controller
class SiteController {

    private final java.util.List<HomePage> homePages;
    private final java.util.List<ResidentHomeSection> residentSections;

    SiteController(java.util.List<HomePage> homePages, java.util.List<ResidentHomeSection> residentSections) {
        this.homePages = homePages;
        this.residentSections = residentSections.stream()
                .sorted(java.util.Comparator.comparingInt(ResidentHomeSection::order)).toList();
    }

    /** Signed-in staff whose module has a start page (a navigator's worklist) see it here; everyone else the dashboard. */
    @GetMapping("/")
    String home(org.springframework.security.core.Authentication authentication, org.springframework.ui.Model model) {
        if (authentication != null && authentication.isAuthenticated()) {
            var held = authentication.getAuthorities().stream().map(org.springframework.security.core.GrantedAuthority::getAuthority).toList();
            for (HomePage page : homePages) {
                var path = page.homeFor(held);
                if (path.isPresent()) {
                    return "forward:" + path.get();
                }
            }
        }
        if (authentication == null || !authentication.isAuthenticated()) {
            var shown = new java.util.ArrayList<ShownSection>();
            for (ResidentHomeSection section : residentSections) {
                var content = section.content();
                if (content != null) {
                    shown.add(new ShownSection(section.template(), content));
                }
            }
            model.addAttribute("residentSections", shown);
        }
        return "home/index";
    }

    record ShownSection(String template, Object content) {}

    @GetMapping("/privacy")
    String privacy() {
        return "home/privacy";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "home/accessibility";
    }
}
