package org.anchorage.outreach.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.outreach.OutreachActivity;
import org.anchorage.outreach.OutreachLog;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.DateInput;
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

/** The outreach log: the programmes a user logs outreach for, and each programme's log with its form. */
@Controller
@PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
class OutreachPages {

    private final OutreachLog outreach;

    OutreachPages(OutreachLog outreach) {
        this.outreach = outreach;
    }

    @GetMapping("/outreach")
    String programmes(Model model) {
        model.addAttribute("programmes", outreach.programmesFor(CurrentUser.require()));
        return "outreach/programmes";
    }

    @GetMapping("/programmes/{id}/outreach")
    String page(@PathVariable UUID id, Model model) {
        if (!model.containsAttribute("outreachForm")) {
            model.addAttribute("outreachForm", new OutreachForm());
        }
        return render(id, model);
    }

    @PostMapping("/programmes/{id}/outreach")
    String record(@PathVariable UUID id, @ModelAttribute("outreachForm") OutreachForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        ProgrammeId programme = new ProgrammeId(id);
        outreach.programme(programme, user);
        OutreachActivity.New typed = form.read(result);
        for (RuleViolation p : outreach.problemsWith(programme, typed)) {
            String field = p.field().equals("heldOn") ? "held" : p.field();
            if (!result.hasFieldErrors(field)) {
                DateInput.reject(result, field, p.getMessage());
            }
        }
        if (!result.hasErrors()) {
            outreach.record(programme, typed, user);
            redirect.addFlashAttribute("success", "Outreach recorded: " + typed.place().strip());
            return "redirect:/programmes/" + id + "/outreach";
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, OutreachForm.FIELDS));
        return render(id, model);
    }

    private String render(UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        ProgrammeId programme = new ProgrammeId(id);
        model.addAttribute("programme", outreach.programme(programme, user));
        model.addAttribute("activities", outreach.of(programme, user));
        model.addAttribute("targetPlaces", targetPlaceChoices(outreach.targetPlaces(programme)));
        return "outreach/log";
    }

    /** The programme's target places as radio choices, and "None of these" (outreach and events alike). */
    static Map<String, String> targetPlaceChoices(List<String> places) {
        Map<String, String> choices = new LinkedHashMap<>();
        places.forEach(p -> choices.put(p, p));
        choices.put("none", "None of these");
        return choices;
    }
}
