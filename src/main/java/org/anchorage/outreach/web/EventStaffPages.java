package org.anchorage.outreach.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.anchorage.identity.CurrentUser;
import org.anchorage.identity.SignedInUser;
import org.anchorage.outreach.EventKind;
import org.anchorage.outreach.EventSignUp;
import org.anchorage.outreach.OutreachEvent;
import org.anchorage.outreach.OutreachEvents;
import org.anchorage.outreach.OutreachLog;
import org.anchorage.programme.ProgrammeId;
import org.anchorage.referral.Referral;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Events for the programme's navigators and managers: the programme's events, publishing one, who signed up, taking
 * attendance, offering a freed place, calling an event off, and referring someone who came.
 */
@Controller
@PreAuthorize("hasAnyRole('NAVIGATOR', 'PROGRAMME_MANAGER')")
class EventStaffPages {

    private final OutreachEvents events;
    private final OutreachLog outreach;

    EventStaffPages(OutreachEvents events, OutreachLog outreach) {
        this.events = events;
        this.outreach = outreach;
    }

    @GetMapping("/programmes/{id}/events")
    String ofProgramme(@PathVariable UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        ProgrammeId programme = new ProgrammeId(id);
        model.addAttribute("programme", outreach.programme(programme, user));
        model.addAttribute("events", events.ofProgramme(programme, user));
        return "outreach/programme-events";
    }

    @GetMapping("/programmes/{id}/events/new")
    String newEvent(@PathVariable UUID id, Model model) {
        if (!model.containsAttribute("eventForm")) {
            model.addAttribute("eventForm", new EventForm());
        }
        return renderNew(id, model);
    }

    @PostMapping("/programmes/{id}/events")
    String publish(@PathVariable UUID id, @ModelAttribute("eventForm") EventForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        ProgrammeId programme = new ProgrammeId(id);
        outreach.programme(programme, user);
        OutreachEvent.New typed = form.read(result);
        DateInput.rejectAll(result, events.problemsWith(programme, typed));
        if (!result.hasErrors()) {
            try {
                UUID event = events.publish(programme, typed, user);
                redirect.addFlashAttribute("success", "Event published: " + typed.title().strip());
                return "redirect:/events/" + event + "/manage";
            } catch (RuleViolation refused) {
                reject(result, EventForm.FIELDS, refused);
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, EventForm.FIELDS));
        return renderNew(id, model);
    }

    private String renderNew(UUID id, Model model) {
        ProgrammeId programme = new ProgrammeId(id);
        model.addAttribute("programme", outreach.programme(programme, CurrentUser.require()));
        Map<String, String> kinds = new LinkedHashMap<>();
        for (EventKind k : EventKind.values()) {
            kinds.put(k.code(), k.label());
        }
        model.addAttribute("kinds", kinds);
        model.addAttribute("targetPlaces", OutreachPages.targetPlaceChoices(outreach.targetPlaces(programme)));
        return "outreach/event-new";
    }

    @GetMapping("/events/{id}/manage")
    String manage(@PathVariable UUID id, Model model) {
        if (!model.containsAttribute("walkInForm")) {
            model.addAttribute("walkInForm", new SignUpForm());
        }
        return renderManage(id, model);
    }

    @PostMapping("/events/{id}/walk-ins")
    String walkIn(@PathVariable UUID id, @ModelAttribute("walkInForm") SignUpForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        OutreachEvent event = events.event(id, user);
        var typed = form.read();
        DateInput.rejectAll(result, events.problemsWithWalkIn(event, typed));
        if (!result.hasErrors()) {
            events.addWalkIn(id, typed, user);
            redirect.addFlashAttribute("success", typed.givenName().strip() + " " + typed.familyName().strip() + " is added as having come");
            return "redirect:/events/" + id + "/manage";
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, SignUpForm.FIELDS));
        return renderManage(id, model);
    }

    @PostMapping("/event-sign-ups/{id}/removal")
    String remove(@PathVariable UUID id, RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        EventSignUp signUp = events.signUp(id, user);
        try {
            events.remove(id, user);
            redirect.addFlashAttribute("success", signUp.fullName() + " is taken off the list. Their place is free to give.");
        } catch (RuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/events/" + signUp.event() + "/manage";
    }

    private String renderManage(UUID id, Model model) {
        SignedInUser user = CurrentUser.require();
        OutreachEvent event = events.event(id, user);
        List<EventSignUp> signUps = events.signUps(id, user);
        model.addAttribute("event", event);
        model.addAttribute("booked", signUps.stream().filter(EventSignUp::booked).toList());
        model.addAttribute("waiting", signUps.stream().filter(s -> !s.booked()).toList());
        model.addAttribute("erased", events.erasedSignUps(id, user));
        return "outreach/event-manage";
    }

    @PostMapping("/events/{id}/attendance")
    String attendance(@PathVariable UUID id, @RequestParam(name = "attended", required = false) List<UUID> attended,
                      RedirectAttributes redirect) {
        try {
            int came = events.takeAttendance(id, attended == null ? List.of() : attended, CurrentUser.require());
            redirect.addFlashAttribute("success", "Attendance saved: " + came + " came");
        } catch (RuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/events/" + id + "/manage";
    }

    @PostMapping("/events/{id}/cancel")
    String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            events.cancel(id, CurrentUser.require());
            redirect.addFlashAttribute("success", "The event is called off. Its page and the calendar now say so. Tell the people "
                    + "who signed up: their contact details are below.");
        } catch (RuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/events/" + id + "/manage";
    }

    @PostMapping("/event-sign-ups/{id}/place")
    String offerPlace(@PathVariable UUID id, RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        EventSignUp signUp = events.signUp(id, user);
        try {
            events.offerPlace(id, user);
            redirect.addFlashAttribute("success", signUp.fullName() + " now has a place. Tell them.");
        } catch (RuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/events/" + signUp.event() + "/manage";
    }

    @GetMapping("/event-sign-ups/{id}/referral")
    String referForm(@PathVariable UUID id, Model model) {
        EventSignUp signUp = events.signUp(id, CurrentUser.require());
        if (signUp.referralReference() != null) {
            return "redirect:/events/" + signUp.event() + "/manage"; // referred already: nothing to fill in
        }
        if (!model.containsAttribute("referAttendeeForm")) {
            model.addAttribute("referAttendeeForm", ReferAttendeeForm.from(signUp));
        }
        return renderRefer(signUp, model);
    }

    @PostMapping("/event-sign-ups/{id}/referral")
    String refer(@PathVariable UUID id, @ModelAttribute("referAttendeeForm") ReferAttendeeForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        SignedInUser user = CurrentUser.require();
        EventSignUp signUp = events.signUp(id, user);
        EventSignUp.Referral typed = form.read(result);
        DateInput.rejectAll(result, events.problemsWith(typed));
        if (!result.hasErrors()) {
            try {
                Referral referral = events.refer(id, typed, user);
                redirect.addFlashAttribute("success", signUp.fullName() + " is referred: " + referral.reference()
                        + ". Their referral is waiting in triage.");
                return "redirect:/events/" + signUp.event() + "/manage";
            } catch (RuleViolation refused) {
                reject(result, ReferAttendeeForm.FIELDS, refused);
            }
        }
        model.addAttribute("errorSummary", ErrorSummary.of(result, ReferAttendeeForm.FIELDS));
        return renderRefer(signUp, model);
    }

    /** A refusal on the field it names, or on the whole form when the form has no such field (the programme has closed). */
    private static void reject(BindingResult result, List<String> fields, RuleViolation refused) {
        if (fields.contains(refused.field())) {
            DateInput.reject(result, refused.field(), refused.getMessage());
        } else {
            result.reject("refused", refused.getMessage());
        }
    }

    private String renderRefer(EventSignUp signUp, Model model) {
        model.addAttribute("signUp", signUp);
        model.addAttribute("event", events.event(signUp.event(), CurrentUser.require()));
        Map<String, String> ways = new LinkedHashMap<>();
        ways.put("email", "Email");
        ways.put("phone", "Phone call");
        ways.put("text", "Text message");
        model.addAttribute("contactWays", ways);
        return "outreach/event-referral";
    }
}
