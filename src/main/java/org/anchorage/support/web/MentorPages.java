package org.anchorage.support.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.participant.ParticipantId;
import org.anchorage.plan.Plans;
import org.anchorage.plan.WellbeingScale;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.Display;
import org.anchorage.shared.web.ErrorSummary;
import org.anchorage.support.MentorProfile;
import org.anchorage.support.Mentoring;
import org.anchorage.support.Wellbeing;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The mentor's own pages: their mentees, and one mentee with the forms to log a session, plan the next and check in. */
@Controller
@PreAuthorize("hasRole('MENTOR')")
class MentorPages {

    static final String MENTEES = "support/mentees";
    static final String MENTEE = "support/mentee";
    /** The safeguarding module's page for raising a concern about a person (a mentor meets their mentee). */
    static final String RAISE_CONCERN = "/safeguarding/raise/";
    static final Map<String, String> ATTENDED = new java.util.LinkedHashMap<>();

    static {
        ATTENDED.put("yes", "Yes");
        ATTENDED.put("no", "No, they did not come");
    }

    private final Mentoring mentoring;
    private final Wellbeing wellbeing;

    MentorPages(Mentoring mentoring, Wellbeing wellbeing) {
        this.mentoring = mentoring;
        this.wellbeing = wellbeing;
    }

    @GetMapping("/mentees")
    String mentees(Model model) {
        SignedInUser user = CurrentUser.require();
        model.addAttribute("mentees", mentoring.mentees(user));
        model.addAttribute("roleFamilies", Plans.ROLE_FAMILIES);
        if (!model.containsAttribute("profileForm")) {
            MentorProfile p = mentoring.profile(user);
            MentorProfileForm form = new MentorProfileForm();
            form.setRoleFamily(p.roleFamily());
            form.setBasePostcode(p.basePostcode());
            form.setCapacity(Integer.toString(p.capacity()));
            model.addAttribute("profileForm", form);
        }
        return MENTEES;
    }

    @PostMapping("/mentees/profile")
    String profile(@Valid @ModelAttribute("profileForm") MentorProfileForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        Integer capacity = MentorForms.number(form.getCapacity(), "capacity", "Enter how many people you can mentor at once, from 0 to 10",
                result);
        if (capacity == null && !result.hasFieldErrors("capacity")) {
            org.anchorage.shared.web.DateInput.reject(result, "capacity", "Enter how many people you can mentor at once, from 0 to 10");
        }
        if (!result.hasErrors()) {
            try {
                mentoring.changeProfile(new MentorProfile(form.getRoleFamily(), form.getBasePostcode(), capacity), CurrentUser.require());
                redirect.addFlashAttribute("success", "What you offer as a mentor is saved");
                return "redirect:/mentees";
            } catch (RuleViolation e) {
                MentorForms.reject(result, e);
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, MentorProfileForm.FIELDS));
        return mentees(model);
    }

    @GetMapping("/mentees/{id}")
    String mentee(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        ParticipantId person = new ParticipantId(id);
        model.addAttribute("mentee", mentoring.mentee(person, user));
        model.addAttribute("modes", Mentoring.MODES);
        model.addAttribute("topics", Mentoring.TOPICS);
        model.addAttribute("attendedOptions", ATTENDED);
        WellbeingScale scale = wellbeing.scaleForPerson(person, user);
        model.addAttribute("scale", scale);
        model.addAttribute("itemNames", itemNames(scale));
        model.addAttribute("safeguarding", RAISE_CONCERN + id);
        if (!model.containsAttribute("sessionForm")) {
            model.addAttribute("sessionForm", new MentorSessionForm());
        }
        if (!model.containsAttribute("nextForm")) {
            model.addAttribute("nextForm", new MentorNextSessionForm());
        }
        if (!model.containsAttribute("answers")) {
            model.addAttribute("answers", Map.of());
            model.addAttribute("scoreErrors", Map.of());
        }
        return MENTEE;
    }

    @PostMapping("/mentees/{id}/sessions")
    String logSession(@PathVariable UUID id, @Valid @ModelAttribute("sessionForm") MentorSessionForm form, BindingResult result,
                      Model model, RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        ParticipantId person = new ParticipantId(id);
        Mentoring.NewSession session = form.read(result);
        // Only the mentor may be told the session's own rules; anyone else gets "not found" first.
        var started = mentoring.mentee(person, user).mentoring().startsOn();
        mentoring.problemsWith(session, started).forEach(p -> {
            if (!result.hasFieldErrors(p.field())) {
                org.anchorage.shared.web.DateInput.reject(result, p.field(), p.getMessage());
            }
        });
        if (!result.hasErrors()) {
            try {
                mentoring.logSession(person, session, user);
                redirect.addFlashAttribute("success", "Session on " + Display.date(session.heldOn()) + " logged");
                return "redirect:/mentees/" + id;
            } catch (RuleViolation e) {
                MentorForms.reject(result, e);
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, MentorSessionForm.FIELDS));
        return mentee(id, model);
    }

    @PostMapping("/mentees/{id}/next-session")
    String planNext(@PathVariable UUID id, @Valid @ModelAttribute("nextForm") MentorNextSessionForm form, BindingResult result,
                    Model model, RedirectAttributes redirect) {
        var on = form.nextOn(result);
        if (!result.hasErrors()) {
            try {
                mentoring.planNextSession(new ParticipantId(id), on, CurrentUser.require());
                redirect.addFlashAttribute("success", "Next session planned for " + Display.date(on));
                return "redirect:/mentees/" + id;
            } catch (RuleViolation e) {
                MentorForms.reject(result, e);
            }
        } else {
            mentoring.mentee(new ParticipantId(id), CurrentUser.require());
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, MentorNextSessionForm.FIELDS));
        return mentee(id, model);
    }

    @PostMapping("/mentees/{id}/wellbeing")
    String checkIn(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        ParticipantId person = new ParticipantId(id);
        WellbeingScale scale = wellbeing.scaleForPerson(person, user);
        BindingResult result = new MapBindingResult(new java.util.HashMap<>(form), "checkIn");
        List<Integer> scores = MentorForms.scores(form, scale.items().size(), result);
        Wellbeing.problemsWith(scale, scores).stream().filter(p -> !result.hasFieldErrors(p.field()))
                .forEach(p -> org.anchorage.shared.web.DateInput.reject(result, p.field(), p.getMessage()));
        if (!result.hasErrors()) {
            try {
                wellbeing.checkIn(person, scores, user);
                redirect.addFlashAttribute("success", "Wellbeing check-in recorded");
                return "redirect:/mentees/" + id;
            } catch (RuleViolation e) {
                MentorForms.reject(result, e);
            }
        }
        model.addAttribute("answers", form);
        model.addAttribute("scoreErrors", ErrorSummary.fieldMessages(result));
        model.addAttribute("errorSummary", ErrorSummary.of(result, scoreFields(scale)));
        return mentee(id, model);
    }

    static List<String> scoreFields(WellbeingScale scale) {
        return java.util.stream.IntStream.range(0, scale.items().size()).mapToObj(i -> "score" + i).toList();
    }

    static List<String> itemNames(WellbeingScale scale) {
        return java.util.stream.IntStream.range(0, scale.items().size()).mapToObj(i -> Wellbeing.itemName(scale, i)).toList();
    }
}
