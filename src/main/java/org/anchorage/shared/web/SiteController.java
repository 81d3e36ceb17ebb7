package org.anchorage.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page (a dashboard once signed in) and the statements every service must publish. */
@Controller
class SiteController {

    @GetMapping("/")
    String home() {
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
