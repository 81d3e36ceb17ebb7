package org.anchorage.placement.web;

import java.util.Map;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.placement.Employers;
import org.anchorage.shared.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An employer's own sites and host supervisors. */
@Controller
@PreAuthorize("hasRole('EMPLOYER')")
class EmployerController {

    static final String SITES = "placement/sites";

    private final Employers employers;

    EmployerController(Employers employers) {
        this.employers = employers;
    }

    @GetMapping("/placements/sites")
    String sites(Model model) {
        SignedInUser user = CurrentUser.require();
        model.addAttribute("sites", employers.sites(user));
        model.addAttribute("supervisors", employers.supervisors(user));
        model.addAttribute("form", model.getAttribute("form") == null ? Map.of() : model.getAttribute("form"));
        return SITES;
    }

    @PostMapping("/placements/sites")
    String addSite(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        try {
            var site = employers.addSite(form.get("name"), form.get("address"), form.get("postcode"), CurrentUser.require());
            redirect.addFlashAttribute("success", "Added the site " + site.name() + " (" + site.postcode() + ")");
            return "redirect:/placements/sites";
        } catch (RuleViolation e) {
            Forms.error(model, e);
            model.addAttribute("form", form);
            return sites(model);
        }
    }

    @PostMapping("/placements/supervisors")
    String addSupervisor(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        try {
            var s = employers.addSupervisor(form.get("supervisorName"), form.get("jobTitle"), form.get("email"), form.get("phone"),
                    CurrentUser.require());
            redirect.addFlashAttribute("success", "Added " + s.name() + " as a host supervisor");
            return "redirect:/placements/sites";
        } catch (RuleViolation e) {
            Forms.error(model, e);
            model.addAttribute("form", form);
            return sites(model);
        }
    }
}
