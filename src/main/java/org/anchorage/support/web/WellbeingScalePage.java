package org.anchorage.support.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.plan.Plans;
import org.anchorage.plan.WellbeingScale;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.programme.Programmes;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.DateInput;
import org.anchorage.shared.web.ErrorSummary;
import org.anchorage.support.Wellbeing;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Which validated scale a programme's wellbeing check-ins use (ONS4 unless a manager chooses another it holds a licence for). */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PROGRAMME_MANAGER')")
class WellbeingScalePage {

    static final String PAGE = "support/wellbeing-scale";

    private final Wellbeing wellbeing;
    private final Plans plans;
    private final Programmes programmes;

    WellbeingScalePage(Wellbeing wellbeing, Plans plans, Programmes programmes) {
        this.wellbeing = wellbeing;
        this.plans = plans;
        this.programmes = programmes;
    }

    /** The form: the scale's code. */
    public static class ScaleForm {
        private String scale;

        public String getScale() { return scale; }
        public void setScale(String v) { scale = v; }
    }

    @GetMapping("/programmes/{id}/wellbeing-scale")
    String page(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        ProgrammeId programme = new ProgrammeId(id);
        model.addAttribute("programme", programmes.getManagedBy(programme, user));
        WellbeingScale current = wellbeing.scaleFor(programme);
        model.addAttribute("current", current);
        Map<String, String> options = new LinkedHashMap<>();
        for (WellbeingScale s : plans.scales()) {
            options.put(s.code(), s.name() + " (" + s.code() + ", " + s.items().size() + " questions scored " + s.minScore() + " to "
                    + s.maxScore() + ")");
        }
        model.addAttribute("options", options);
        if (!model.containsAttribute("form")) {
            ScaleForm form = new ScaleForm();
            form.setScale(current.code());
            model.addAttribute("form", form);
        }
        return PAGE;
    }

    @PostMapping("/programmes/{id}/wellbeing-scale")
    String choose(@PathVariable UUID id, @ModelAttribute("form") ScaleForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        try {
            wellbeing.chooseScale(new ProgrammeId(id), form.getScale(), CurrentUser.require());
            redirect.addFlashAttribute("success", "Wellbeing check-ins now use " + form.getScale().strip().toUpperCase(java.util.Locale.ROOT));
            return "redirect:/programmes/" + id + "/wellbeing-scale";
        } catch (RuleViolation e) {
            DateInput.reject(result, "scale", e.getMessage());
            model.addAttribute("errorSummary", ErrorSummary.of(result, List.of("scale")));
            return page(id, model);
        }
    }
}
