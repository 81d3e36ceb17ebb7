package org.anchorage.careers.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anchorage.careers.CareerRole;
import org.anchorage.careers.Roles;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.plan.Plans;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.ErrorSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Programme managers and administrators edit the roles residents read: the list, a role's form (every field, and
 * whether residents see it) and a new role. Every problem is listed at once, each text above grade 4 with its grade.
 */
@Controller
@PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'ADMINISTRATOR')")
class RoleEditing {

    private final Roles roles;

    RoleEditing(Roles roles) {
        this.roles = roles;
    }

    @GetMapping("/careers/roles")
    String list(Model model) {
        model.addAttribute("roles", roles.all(CurrentUser.require()));
        return "careers/manage-roles";
    }

    @GetMapping("/careers/roles/new")
    String blank(Model model) {
        roles.all(CurrentUser.require());
        RoleForm form = new RoleForm();
        form.setAfcBand("2");
        form.setPublished("no");
        model.addAttribute("roleForm", form);
        return render(null, model);
    }

    @PostMapping("/careers/roles")
    String add(@ModelAttribute("roleForm") RoleForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        roles.all(user);
        CareerRole.Content typed = form.read(result);
        reject(roles.problemsWithNew(form.getSlug(), typed), result);
        if (!result.hasErrors()) {
            try {
                String slug = roles.add(form.getSlug(), typed, user);
                redirect.addFlashAttribute("success", "Role added: " + typed.title().strip());
                return "redirect:/careers/roles/" + slug;
            } catch (RuleViolation taken) {
                reject(List.of(taken), result);
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, RoleForm.FIELDS));
        return render(null, model);
    }

    @GetMapping("/careers/roles/{slug}")
    String edit(@PathVariable String slug, Model model) {
        CareerRole role = roles.forEditing(slug, CurrentUser.require());
        model.addAttribute("roleForm", RoleForm.of(role));
        return render(role, model);
    }

    @PostMapping("/careers/roles/{slug}")
    String change(@PathVariable String slug, @ModelAttribute("roleForm") RoleForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        CareerRole role = roles.forEditing(slug, user);
        CareerRole.Content typed = form.read(result);
        reject(roles.problemsWith(typed), result);
        if (!result.hasErrors()) {
            roles.change(slug, typed, user);
            redirect.addFlashAttribute("success", "Role saved: " + typed.title().strip()
                    + (Boolean.TRUE.equals(typed.published()) ? " (residents can see it)" : " (residents cannot see it)"));
            return "redirect:/careers/roles/" + slug;
        }
        form.setSlug(slug);
        model.addAttribute("errorSummary", ErrorSummary.of(result, RoleForm.FIELDS));
        return render(role, model);
    }

    private static void reject(List<RuleViolation> problems, BindingResult result) {
        for (RuleViolation p : problems) {
            if (!result.hasFieldErrors(p.field())) {
                result.rejectValue(p.field(), p.field(), p.getMessage());
            }
        }
    }

    private String render(CareerRole role, Model model) {
        model.addAttribute("role", role);
        model.addAttribute("families", Plans.ROLE_FAMILIES);
        Map<String, String> bands = new LinkedHashMap<>();
        roles.bands().forEach(b -> bands.put(b, "Band " + b));
        bands.put("none", "No usual band");
        model.addAttribute("bands", bands);
        Map<String, String> published = new LinkedHashMap<>();
        published.put("yes", "Yes, residents can see it");
        published.put("no", "No, keep it hidden for now");
        model.addAttribute("publishedChoices", published);
        return "careers/manage-role";
    }
}
