package org.anchorage.programme.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.programme.EligibilityRules;
import org.anchorage.programme.EmploymentStatus;
import org.anchorage.programme.ImdEdition;
import org.anchorage.programme.Programme;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.Programmes;
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

/** A programme manager sets who a programme is for, and sees every earlier version of the rules. */
@Controller
@RequestMapping("/programmes/{id}/eligibility")
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PROGRAMME_MANAGER')")
class EligibilityRulesController {

    static final String PAGE = "programme/eligibility-rules";

    private final Programmes programmes;

    EligibilityRulesController(Programmes programmes) {
        this.programmes = programmes;
    }

    @ModelAttribute("editions")
    ImdEdition[] editions() {
        return ImdEdition.values();
    }

    @ModelAttribute("employmentStatusOptions")
    EmploymentStatus[] employmentStatuses() {
        return EmploymentStatus.values();
    }

    @GetMapping
    String show(@PathVariable UUID id, Model model) {
        Programme programme = programmes.getManagedBy(new ProgrammeId(id), CurrentUser.require());
        model.addAttribute("form", EligibilityRulesForm.of(programmes.eligibilityRules(programme.id())));
        return page(programme, model);
    }

    @PostMapping
    String save(@PathVariable UUID id, @Valid @ModelAttribute("form") EligibilityRulesForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        Programme programme = programmes.getManagedBy(new ProgrammeId(id), CurrentUser.require());
        EligibilityRules rules = form.toRules(result);
        if (!result.hasErrors()) {
            try {
                var saved = programmes.changeEligibility(programme.id(), rules, CurrentUser.require());
                redirect.addFlashAttribute("success", "Saved version " + saved.version() + " of the eligibility rules");
                return "redirect:/programmes/" + id + "/eligibility";
            } catch (RuleViolation e) {
                result.rejectValue(e.field().replace("eligibility.", ""), "rule", e.getMessage());
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, EligibilityRulesForm.FIELDS));
        return page(programme, model);
    }

    private String page(Programme programme, Model model) {
        model.addAttribute("programme", programme);
        model.addAttribute("history", programmes.eligibilityHistory(programme.id()));
        return PAGE;
    }
}
