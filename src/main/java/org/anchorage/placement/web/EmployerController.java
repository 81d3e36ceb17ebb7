package org.anchorage.placement.web;

import jakarta.validation.Valid;
import java.util.Map;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.placement.Employers;
import org.anchorage.shared.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
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
    String addSite(@Valid @ModelAttribute("siteForm") SiteForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var site = employers.addSite(form.name(), form.address(), form.postcode(), CurrentUser.require());
                redirect.addFlashAttribute("success", "Added the site " + site.name() + " (" + site.postcode() + ")");
                return "redirect:/placements/sites";
            } catch (RuleViolation e) {
                Forms.rule(result, e);
            }
        }
        Forms.errors(model, result, SiteForm.FIELDS);
        model.addAttribute("form", form.typed());
        return sites(model);
    }

    @PostMapping("/placements/supervisors")
    String addSupervisor(@Valid @ModelAttribute("supervisorForm") SupervisorForm form, BindingResult result, Model model,
                         RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var s = employers.addSupervisor(form.supervisorName(), form.jobTitle(), form.email(), form.phone(),
                        CurrentUser.require());
                redirect.addFlashAttribute("success", "Added " + s.name() + " as a host supervisor");
                return "redirect:/placements/sites";
            } catch (RuleViolation e) {
                Forms.rule(result, e);
            }
        }
        Forms.errors(model, result, SupervisorForm.FIELDS);
        model.addAttribute("form", form.typed());
        return sites(model);
    }
}
