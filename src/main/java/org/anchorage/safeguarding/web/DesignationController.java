package org.anchorage.safeguarding.web;

import java.util.List;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.UserId;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.safeguarding.Designations;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.ErrorSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A programme's designated safeguarding lead and deputies, set by a manager of the programme. */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PROGRAMME_MANAGER')")
class DesignationController {

    static final String PAGE = "safeguarding/designations";

    private final Designations designations;

    DesignationController(Designations designations) {
        this.designations = designations;
    }

    @GetMapping("/programmes/{id}/safeguarding")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("view", designations.view(new ProgrammeId(id), CurrentUser.require()));
        return PAGE;
    }

    @PostMapping("/programmes/{id}/safeguarding/lead")
    String lead(@PathVariable UUID id, @RequestParam(required = false) String user, Model model, RedirectAttributes redirect) {
        return change(id, "lead", user, model, redirect, "Safeguarding lead changed",
                chosen -> designations.appointLead(new ProgrammeId(id), chosen, CurrentUser.require()));
    }

    @PostMapping("/programmes/{id}/safeguarding/deputies")
    String deputy(@PathVariable UUID id, @RequestParam(required = false) String user, Model model, RedirectAttributes redirect) {
        return change(id, "deputy", user, model, redirect, "Deputy added",
                chosen -> designations.addDeputy(new ProgrammeId(id), chosen, CurrentUser.require()));
    }

    @PostMapping("/programmes/{id}/safeguarding/removal")
    String removal(@PathVariable UUID id, @RequestParam(required = false) String user, Model model, RedirectAttributes redirect) {
        return change(id, "designated", user, model, redirect, "Designation ended",
                chosen -> designations.end(new ProgrammeId(id), chosen, CurrentUser.require()));
    }

    private String change(UUID id, String field, String user, Model model, RedirectAttributes redirect, String done,
                          java.util.function.Consumer<UserId> action) {
        designations.view(new ProgrammeId(id), CurrentUser.require()); // 404 before anything for a programme they do not manage
        try {
            action.accept(new UserId(UUID.fromString(String.valueOf(user).strip())));
            redirect.addFlashAttribute("success", done);
            return "redirect:/programmes/" + id + "/safeguarding";
        } catch (IllegalArgumentException e) {
            model.addAttribute("errorSummary", new ErrorSummary(List.of(new ErrorSummary.Item("#" + field, "Choose a member of staff"))));
        } catch (RuleViolation e) {
            model.addAttribute("errorSummary", new ErrorSummary(List.of(new ErrorSummary.Item("#" + field, e.getMessage()))));
        }
        model.addAttribute("errorField", field);
        return page(id, model);
    }
}
