package org.anchorage.support.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.identity.UserId;
import org.anchorage.participant.ParticipantId;
import org.anchorage.participant.Participants;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.ErrorSummary;
import org.anchorage.support.Mentoring;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The record's "Mentoring" section: who mentors the person, assigning (with suggestions) and ending, and the sessions. */
@Controller
@PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
class MentoringSection {

    static final String SECTION = "support/mentoring";

    private final Mentoring mentoring;
    private final Participants participants;

    MentoringSection(Mentoring mentoring, Participants participants) {
        this.mentoring = mentoring;
        this.participants = participants;
    }

    @GetMapping("/participants/{id}/mentoring")
    String section(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        ParticipantId person = new ParticipantId(id);
        model.addAttribute("record", participants.summary(person, user, "mentoring"));
        Mentoring.OnRecord onRecord = mentoring.onRecord(person, user);
        var current = onRecord.current(participants.today());
        model.addAttribute("mentoring", onRecord);
        model.addAttribute("current", current.orElse(null));
        model.addAttribute("earlier", onRecord.assignments().stream().filter(a -> current.map(c -> !c.id().equals(a.id())).orElse(true))
                .toList());
        model.addAttribute("today", participants.today());
        model.addAttribute("suggestions", current.isPresent() ? java.util.List.of() : mentoring.suggestions(person, user));
        if (!model.containsAttribute("assignForm")) {
            model.addAttribute("assignForm", new MentorAssignForm());
        }
        if (!model.containsAttribute("endForm")) {
            MentorEndForm form = new MentorEndForm();
            current.ifPresent(c -> {
                form.setMentoring(c.id().toString());
                form.setVersion(Integer.toString(c.version()));
            });
            model.addAttribute("endForm", form);
        }
        return SECTION;
    }

    @PostMapping("/participants/{id}/mentoring")
    String assign(@PathVariable UUID id, @Valid @ModelAttribute("assignForm") MentorAssignForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        UUID mentor = MentorForms.uuid(form.getMentor());
        if (mentor == null && !result.hasFieldErrors("mentor")) {
            org.anchorage.shared.web.DateInput.reject(result, "mentor", "Choose a mentor");
        }
        var starts = form.startsOn(result);
        var ends = form.endsOn(result);
        if (!result.hasErrors()) {
            try {
                mentoring.assign(new ParticipantId(id), new UserId(mentor), starts, ends, CurrentUser.require());
                redirect.addFlashAttribute("success", "Mentor assigned");
                return "redirect:/participants/" + id + "/mentoring";
            } catch (RuleViolation e) {
                MentorForms.reject(result, e);
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, MentorAssignForm.FIELDS));
        return section(id, model);
    }

    @PostMapping("/participants/{id}/mentoring/end")
    String end(@PathVariable UUID id, @Valid @ModelAttribute("endForm") MentorEndForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        UUID which = MentorForms.uuid(form.getMentoring());
        if (!result.hasErrors()) {
            try {
                if (which == null) {
                    throw new RuleViolation("reason", "There is no current mentoring to end");
                }
                mentoring.endEarly(new ParticipantId(id), which, MentorForms.version(form.getVersion()), form.getReason(),
                        CurrentUser.require());
                redirect.addFlashAttribute("success", "Mentoring ended");
                return "redirect:/participants/" + id + "/mentoring";
            } catch (RuleViolation e) {
                MentorForms.reject(result, e);
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, MentorEndForm.FIELDS));
        return section(id, model);
    }
}
