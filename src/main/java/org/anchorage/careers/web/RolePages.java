package org.anchorage.careers.web;

import org.anchorage.careers.Roles;
import org.anchorage.programme.ProgrammeStatus;
import org.anchorage.programme.Programmes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What residents read without signing in: the roles in health and care, one role, its easy-read version, and the
 * easy-read versions of the home page and "Can I join?". Nothing here names anyone, so nothing is audited.
 */
@Controller
class RolePages {

    private final Roles roles;
    private final Programmes programmes;

    RolePages(Roles roles, Programmes programmes) {
        this.roles = roles;
        this.programmes = programmes;
    }

    @GetMapping("/roles")
    String all(Model model) {
        model.addAttribute("roles", roles.published());
        return "careers/roles";
    }

    @GetMapping("/roles/{slug}")
    String one(@PathVariable String slug, Model model) {
        model.addAttribute("shown", roles.published(slug));
        return "careers/role";
    }

    @GetMapping("/roles/{slug}/easy-read")
    String easyRead(@PathVariable String slug, Model model) {
        model.addAttribute("shown", roles.published(slug));
        return "careers/role-easy-read";
    }

    @GetMapping("/easy-read")
    String home(Model model) {
        model.addAttribute("roles", roles.published());
        // Who to talk to: the teams of open programmes that give residents a number (as "Can I join?" does).
        model.addAttribute("contacts", programmes.all().stream().filter(p -> p.status() == ProgrammeStatus.OPEN)
                .filter(p -> p.contact() != null && !p.contact().phone().isBlank()).toList());
        return "careers/easy-read-home";
    }

    @GetMapping("/can-i-join/easy-read")
    String canIJoin() {
        return "careers/can-i-join-easy-read";
    }
}
