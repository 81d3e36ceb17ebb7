package org.anchorage.organisation.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.anchorage.organisation.Organisation;
import org.anchorage.organisation.OrganisationId;
import org.anchorage.organisation.OrganisationType;
import org.anchorage.organisation.Organisations;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators add and rename the organisations taking part. */
@Controller
@RequestMapping("/organisations")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class OrganisationController {

    static final String LIST = "organisation/organisations";
    static final String FORM = "organisation/organisation-form";

    private final Organisations organisations;

    OrganisationController(Organisations organisations) {
        this.organisations = organisations;
    }

    @ModelAttribute("types")
    OrganisationType[] types() {
        return OrganisationType.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("organisations", organisations.all());
        return LIST;
    }

    @GetMapping("/new")
    String newOrganisation(Model model) {
        model.addAttribute("form", new OrganisationForm());
        return FORM;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        OrganisationType type = checkType(form, result);
        if (!result.hasErrors()) {
            try {
                Organisation added = organisations.add(form.getName(), type);
                redirect.addFlashAttribute("success", "Added " + added.name());
                return "redirect:/organisations";
            } catch (RuleViolation e) {
                result.rejectValue(e.field(), "rule", e.getMessage());
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, OrganisationForm.FIELDS));
        return FORM;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Organisation organisation = organisations.get(new OrganisationId(id));
        OrganisationForm form = new OrganisationForm();
        form.setName(organisation.name());
        form.setType(organisation.type().code());
        model.addAttribute("form", form);
        model.addAttribute("organisation", organisation);
        return FORM;
    }

    @PostMapping("/{id}")
    String change(@PathVariable UUID id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Organisation organisation = organisations.get(new OrganisationId(id));
        OrganisationType type = checkType(form, result);
        if (!result.hasErrors()) {
            try {
                organisations.change(organisation.id(), form.getName(), type);
                redirect.addFlashAttribute("success", "Saved " + form.getName().strip());
                return "redirect:/organisations";
            } catch (RuleViolation e) {
                result.rejectValue(e.field(), "rule", e.getMessage());
            }
        }
        model.addAttribute("organisation", organisation);
        model.addAttribute("errorSummary", ErrorSummary.of(result, OrganisationForm.FIELDS));
        return FORM;
    }

    private static OrganisationType checkType(OrganisationForm form, BindingResult result) {
        OrganisationType type = OrganisationType.fromCode(form.getType()).orElse(null);
        if (type == null && !result.hasFieldErrors("type")) {
            result.rejectValue("type", "invalid", "Choose the kind of organisation from the list");
        }
        return type;
    }
}
