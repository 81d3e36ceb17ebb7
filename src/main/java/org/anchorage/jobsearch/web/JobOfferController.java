package org.anchorage.jobsearch.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.jobsearch.Application;
import org.anchorage.jobsearch.Applications;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.DateInput;
import org.anchorage.shared.web.ErrorSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A placement host offers a job from its own candidate page ("Offer a job"). The placement module's page posts
 * here, so placement never depends on job search; an offer with problems comes back on a page of this module
 * that repeats the form with every error, and links back to the candidate.
 */
@Controller
@PreAuthorize("hasRole('EMPLOYER')")
class JobOfferController {

    static final String PAGE = "jobsearch/job-offer";
    private static final Map<String, String> FORM_FIELDS = Map.of("proposedStartOn", "proposedStart");

    private final Applications applications;

    JobOfferController(Applications applications) {
        this.applications = applications;
    }

    @PostMapping("/placements/candidates/{id}/job-offer")
    String offer(@PathVariable UUID id, @ModelAttribute("offerForm") OfferForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        SignedInUser host = CurrentUser.require();
        var basis = applications.offerBasis(id, host);
        Application.Offer typed = form.read(result);
        reject(result, applications.offerProblems(id, typed, host));
        if (!result.hasErrors()) {
            try {
                applications.offer(id, typed, host);
                redirect.addFlashAttribute("success", "Job offer sent: " + basis.personName() + "'s navigator will see it in their job search");
                return "redirect:/placements/candidates/" + id;
            } catch (RuleViolation e) {
                reject(result, List.of(e));
            }
        }
        model.addAttribute("basis", basis);
        model.addAttribute("errorSummary", ErrorSummary.of(result, OfferForm.FIELDS));
        return PAGE;
    }

    private static void reject(BindingResult result, List<RuleViolation> problems) {
        for (RuleViolation p : problems) {
            String field = FORM_FIELDS.getOrDefault(p.field(), p.field());
            if (!result.hasFieldErrors(field)) {
                DateInput.reject(result, field, p.getMessage());
            }
        }
    }
}
