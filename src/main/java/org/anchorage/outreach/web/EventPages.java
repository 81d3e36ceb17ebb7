package org.anchorage.outreach.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.anchorage.outreach.OutreachEvent;
import org.anchorage.outreach.OutreachEvents;
import org.anchorage.shared.RuleViolation;
import org.anchorage.shared.web.DateInput;
import org.anchorage.shared.web.ErrorSummary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Events for residents, no sign-in: what is coming up, one event with its access information, signing up (a place,
 * or the waiting list when full) and the calendar feeds.
 */
@Controller
class EventPages {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    private static final int LISTED = 100;

    private final OutreachEvents events;
    private final Clock clock;

    EventPages(OutreachEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/events")
    String list(Model model) {
        model.addAttribute("events", events.comingUp(LISTED));
        return "outreach/events";
    }

    @GetMapping("/events/{id}")
    String event(@PathVariable UUID id, Model model) {
        model.addAttribute("event", events.published(id));
        return "outreach/event";
    }

    @GetMapping("/events/{id}/sign-up")
    String signUpForm(@PathVariable UUID id, Model model) {
        OutreachEvent event = events.published(id);
        if (event.cancelled()) {
            return "redirect:/events/" + id;
        }
        if (!model.containsAttribute("signUpForm")) {
            SignUpForm form = new SignUpForm();
            form.setSubmissionKey(UUID.randomUUID().toString());
            model.addAttribute("signUpForm", form);
        }
        model.addAttribute("event", event);
        return "outreach/sign-up";
    }

    @PostMapping("/events/{id}/sign-up")
    String signUp(@PathVariable UUID id, @ModelAttribute("signUpForm") SignUpForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        OutreachEvent event = events.published(id);
        var typed = form.read();
        DateInput.rejectAll(result, events.problemsWith(event, typed));
        if (!result.hasErrors()) {
            try {
                boolean booked = events.signUp(id, typed);
                redirect.addFlashAttribute("booked", booked);
                redirect.addFlashAttribute("name", typed.givenName().strip());
                return "redirect:/events/" + id + "/signed-up";
            } catch (RuleViolation lastPlaceGone) {
                // the last place went while this form was filled in: offer the waiting list
                DateInput.reject(result, lastPlaceGone.field(), lastPlaceGone.getMessage());
                event = events.published(id);
            }
        }
        model.addAttribute("event", event);
        model.addAttribute("errorSummary", ErrorSummary.of(result, SignUpForm.FIELDS));
        return "outreach/sign-up";
    }

    @GetMapping("/events/{id}/signed-up")
    String signedUp(@PathVariable UUID id, Model model) {
        if (!model.containsAttribute("booked")) {
            return "redirect:/events/" + id;
        }
        model.addAttribute("event", events.published(id));
        return "outreach/signed-up";
    }

    @GetMapping("/events.ics")
    ResponseEntity<String> calendar() {
        return ResponseEntity.ok().contentType(CALENDAR).header("Content-Disposition", "inline; filename=\"events.ics\"")
                .body(EventCalendar.of(events.comingUp(LISTED), site(), clock.instant()));
    }

    @GetMapping("/events/{id}/calendar.ics")
    ResponseEntity<String> calendarOf(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(CALENDAR).header("Content-Disposition", "attachment; filename=\"event.ics\"")
                .body(EventCalendar.of(List.of(events.published(id)), site(), clock.instant()));
    }

    private static String site() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
