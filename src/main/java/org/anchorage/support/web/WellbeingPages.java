package org.anchorage.support.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.plan.WellbeingScale;
import org.anchorage.shared.RecordNotFound;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.DateInput;
import org.anchorage.shared.web.ErrorSummary;
import org.anchorage.support.Mentoring;
import org.anchorage.support.Wellbeing;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The record's "Wellbeing" section (record a check-in, the trend) and the participant's own support page. */
@Controller
class WellbeingPages {

    static final String SECTION = "support/wellbeing";
    static final String MINE = "support/my-support";

    private final Wellbeing wellbeing;
    private final Mentoring mentoring;
    private final Participants participants;
    private final org.anchorage.support.SupportActions supportActions;
    private final org.anchorage.outcome.JobStarts jobStarts;

    WellbeingPages(Wellbeing wellbeing, Mentoring mentoring, Participants participants,
                   org.anchorage.support.SupportActions supportActions, org.anchorage.outcome.JobStarts jobStarts) {
        this.supportActions = supportActions;
        this.jobStarts = jobStarts;
        this.wellbeing = wellbeing;
        this.mentoring = mentoring;
        this.participants = participants;
    }

    @GetMapping("/participants/{id}/wellbeing")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String section(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        ParticipantId person = new ParticipantId(id);
        model.addAttribute("record", participants.summary(person, user, "wellbeing"));
        var trend = wellbeing.trend(person, user);
        model.addAttribute("trend", trend);
        model.addAttribute("scale", trend.scale());
        model.addAttribute("itemNames", MentorPages.itemNames(trend.scale()));
        if (!model.containsAttribute("answers")) {
            model.addAttribute("answers", Map.of());
            model.addAttribute("scoreErrors", Map.of());
        }
        return SECTION;
    }

    @PostMapping("/participants/{id}/wellbeing")
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
    String record(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        if (checkIn(new ParticipantId(id), form, model)) {
            redirect.addFlashAttribute("success", "Wellbeing check-in recorded");
            return "redirect:/participants/" + id + "/wellbeing";
        }
        return section(id, model);
    }

    @GetMapping("/my-support")
    @PreAuthorize("hasRole('PARTICIPANT')")
    String mine(Model model) {
        SignedInUser user = CurrentUser.require();
        Optional<ParticipantId> own = participants.ownRecord(user);
        model.addAttribute("linked", own.isPresent());
        if (own.isPresent()) {
            model.addAttribute("mentoring", mentoring.currentMentoring(user).orElse(null));
            WellbeingScale scale = wellbeing.scaleForPerson(own.get(), user);
            model.addAttribute("scale", scale);
            model.addAttribute("itemNames", MentorPages.itemNames(scale));
            model.addAttribute("supportActions", supportActions.mine(user));
            model.addAttribute("myJob", jobStarts.mine(user).orElse(null));
        }
        if (!model.containsAttribute("answers")) {
            model.addAttribute("answers", Map.of());
            model.addAttribute("scoreErrors", Map.of());
        }
        return MINE;
    }

    @PostMapping("/my-support/wellbeing")
    @PreAuthorize("hasRole('PARTICIPANT')")
    String myCheckIn(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        ParticipantId own = participants.ownRecord(CurrentUser.require())
                .orElseThrow(() -> new RecordNotFound(Participants.RECORD_TYPE, null));
        if (checkIn(own, form, model)) {
            redirect.addFlashAttribute("success", "Thank you. Your answers are saved and your navigator can see them.");
            return "redirect:/my-support";
        }
        return mine(model);
    }

    /** Records the check-in, or puts every problem (each naming its question) in the model and says no. */
    private boolean checkIn(ParticipantId person, Map<String, String> form, Model model) {
        SignedInUser user = CurrentUser.require();
        WellbeingScale scale = wellbeing.scaleForPerson(person, user);
        BindingResult result = new MapBindingResult(new java.util.HashMap<>(form), "checkIn");
        List<Integer> scores = MentorForms.scores(form, scale.items().size(), result);
        Wellbeing.problemsWith(scale, scores).stream().filter(p -> !result.hasFieldErrors(p.field()))
                .forEach(p -> DateInput.reject(result, p.field(), p.getMessage()));
        if (!result.hasErrors()) {
            try {
                wellbeing.checkIn(person, scores, user);
                return true;
            } catch (RuleViolation e) {
                MentorForms.reject(result, e);
            }
        }
        model.addAttribute("answers", form);
        model.addAttribute("scoreErrors", ErrorSummary.fieldMessages(result));
        model.addAttribute("errorSummary", ErrorSummary.of(result, MentorPages.scoreFields(scale)));
        return false;
    }
}
